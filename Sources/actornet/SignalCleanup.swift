import ActorNet
import Dispatch
import Foundation

/// On Ctrl-C (SIGINT) or SIGTERM: remove temporary output files in flight and exit 130 / 143, so an interrupted
/// command leaves existing outputs untouched and no partial file behind.
enum SignalCleanup {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        for (number, code) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global(qos: .userInitiated))
            source.setEventHandler {
                TemporaryFiles.removeAll()
                exit(code)
            }
            source.resume()
            sources.append(source)
        }
    }
}
