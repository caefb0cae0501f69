import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

/// `actornet serve` end to end: its refusals with exact messages and exit codes, and a real run that prints its
/// address, takes an edit, and stops on Ctrl-C with the edit on disk.
@Suite(.serialized)
struct ServeCommandTests {
    @Test func refusesFilesItCannotEditWithTheirExitCodes() throws {
        let folder = try scratchFolder("serve-cli")
        let csv = try CLI.run(["serve", folder + "/red.csv", "--lang", "es"])
        #expect(csv.status == 64)
        #expect(csv.stderr == "\(folder)/red.csv: serve edita archivos de red YAML o JSON (.yaml, .yml, .json)\n")
        let broken = folder + "/rota.yaml"
        let text = "name: Rota\nactors:\n  - {id: a}\n  - {id: a}\n"
        try text.write(toFile: broken, atomically: true, encoding: .utf8)
        let invalid = try CLI.run(["serve", broken])
        #expect(invalid.status == 65)
        #expect(
            invalid.stderr
                == "\(broken):3:5: warning: isolated actor `a`: no ties\n"
                + "\(broken):4:10: error: duplicate actor id `a` (first defined at \(broken):3:10)\n")
        #expect(try String(contentsOfFile: broken, encoding: .utf8) == text)
        let port = try CLI.run(["serve", folder + "/x.yaml", "--port", "70000"])
        #expect(port.status == 64)
        #expect(port.stderr.contains("--port takes a whole number from 0 to 65535"))
    }

    /// Starts `serve` on a new file, reads the lines it prints, and returns the process and the port.
    func start(_ arguments: [String]) throws -> (Process, Pipe, [String]) {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["serve"] + arguments
        process.environment = CLI.environment([:])
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        while text.components(separatedBy: "\n").count < 4 {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        return (process, output, text.components(separatedBy: "\n").filter { !$0.isEmpty })
    }

    @Test func servesANewFileTakesAnEditAndStopsOnControlC() async throws {
        let path = try scratchFolder("serve-cli") + "/taller.yaml"
        let (process, _, lines) = try start([path, "--port", "0", "--lang", "es"])
        defer { if process.isRunning { process.terminate() } }
        #expect(lines.count == 3)
        #expect(lines.first == "Se creó \(path)")
        let address = try #require(
            lines.dropFirst().first?.firstMatch(of: /^Sirviendo (.+) en http:\/\/127\.0\.0\.1:(\d+)\/$/))
        #expect(String(address.1) == path)
        #expect(lines.last == "Presione Ctrl-C para detener; cada cambio ya está guardado.")
        let http = LoopbackHTTP(port: Int(address.2)!)
        let answer = try await http.post(
            "/api/edits", json: ["edits": [["op": "add_actor", "actor": ["name": "Fundación Agua"]]]])
        #expect(answer.text == #"{"conflicts":[],"created":["fundacion-agua"],"version":2}"#)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let validated = try CLI.run(["validate", path])
        // The map's language is the file's now (Spanish, from `--lang es` when it was created).
        #expect(validated.stdout == "\(path): válida: 1 actor, 0 lazos, 0 proyectos, 1 advertencia\n")
    }

    @Test func anyOtherHostNeedsTheTokenItPrints() async throws {
        let path = try scratchFolder("serve-cli") + "/taller.yaml"
        let (process, _, lines) = try start([path, "--port", "0", "--host", "0.0.0.0", "--lang", "en"])
        defer { if process.isRunning { process.terminate() } }
        let address = try #require(
            lines.dropFirst().first?.firstMatch(of: /http:\/\/0\.0\.0\.0:(\d+)\/\?token=([0-9a-f]{32})$/))
        #expect(lines[2] == "Anyone on this network who has the address (with its token) can edit the map.")
        let http = LoopbackHTTP(port: Int(address.1)!)
        #expect(try await http.request("GET", "/api/network").status == 403)
        #expect(try await http.request("GET", "/api/network?token=\(address.2)").status == 200)
        process.terminate()
        process.waitUntilExit()
    }
}
