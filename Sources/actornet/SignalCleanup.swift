import ActorNet
import Dispatch
import Foundation

/// On Ctrl-C (SIGINT) or SIGTERM: remove temporary output files in flight and exit 130 / 143, so an interrupted
/// command leaves existing outputs untouched and no partial file behind. A signal during the commit of a set of
/// outputs waits until the commit is done or undone (`TemporaryFiles`), so a set is never left half renamed.
enum SignalCleanup {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        for (number, code) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global(qos: .userInitiated))
            source.setEventHandler {
                // `_exit`, not `exit`: other threads (a Graphviz layout, a writer) are still running, and `exit`
                // would run atexit handlers and destructors under them.
                TemporaryFiles.removeAllBeforeExit()
                _exit(code)
            }
            source.resume()
            sources.append(source)
        }
    }
}
