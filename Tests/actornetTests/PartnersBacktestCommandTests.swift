import ActorNetTestSupport
import Testing

/// `partners --backtest` end to end on the tiny dated network whose answer is known by hand (PartnerBacktestTests).
@Suite struct PartnersBacktestCommandTests {
    let file = fixture("dated-partners.yaml")
    let onlyCapability = ["--weights", "capability=1,diversity=0,proximity=0"]

    @Test func tableInEnglishAndSpanish() throws {
        let english = try CLI.run(
            ["partners", file, "--backtest", "--until", "2012", "--top", "1", "--lang", "en"]
                + onlyCapability)
        #expect(english.status == 0)
        #expect(
            english.stdout == """
                Backtest of partner suggestions: the network as of 2012, checked against the ties formed after it
                candidate pairs (both actors present by 2012, not yet tied): 3
                candidate pairs that formed a tie after 2012: 2

                ranking                           precision@1  recall@1  average precision
                actornet score                          1.000     0.500              0.833
                common neighbours                       0.500     0.250              0.583
                Jaccard                                 0.500     0.250              0.583
                Adamic–Adar                             0.500     0.250              0.583
                resource allocation                     0.500     0.250              0.583
                preferential attachment                 0.500     0.250              0.583
                random order (share that formed)        0.667     0.333              0.667

                """)
        let spanish = try CLI.run(
            ["partners", file, "--backtest", "--until", "2012", "--top", "1", "--lang", "es"]
                + onlyCapability)
        #expect(
            spanish.stdout.split(separator: "\n").prefix(5) == [
                "Prueba retrospectiva de las sugerencias de socios: la red hasta 2012, contrastada con los vínculos "
                    + "formados después",
                "pares candidatos (ambos actores presentes en 2012, aún sin vínculo): 3",
                "pares candidatos que formaron un vínculo después de 2012: 2",
                "ordenamiento                             precisión@1  exhaustividad@1  precisión promedio",
                "puntaje de actornet                            1.000            0.500               0.833",
            ])
    }

    @Test func csvAndJSONKeepKeys() throws {
        let csv = try CLI.run(
            ["partners", file, "--backtest", "--until", "2012", "--top", "1", "--format", "csv"] + onlyCapability)
        #expect(
            csv.stdout == """
                ranking,until,top,candidates,positives,precision_at_k,recall_at_k,average_precision
                actornet,2012,1,3,2,1.0,0.5,0.8333333333333333
                common-neighbours,2012,1,3,2,0.5,0.25,0.5833333333333333
                jaccard,2012,1,3,2,0.5,0.25,0.5833333333333333
                adamic-adar,2012,1,3,2,0.5,0.25,0.5833333333333333
                resource-allocation,2012,1,3,2,0.5,0.25,0.5833333333333333
                preferential-attachment,2012,1,3,2,0.5,0.25,0.5833333333333333
                random,2012,1,3,2,0.6666666666666666,0.3333333333333333,0.6666666666666666

                """)
        let json = try CLI.run(
            ["partners", file, "--backtest", "--until", "2014", "--top", "1", "--format", "json"] + onlyCapability)
        #expect(json.stdout.hasPrefix("{\n  \"candidates\" : 4,\n  \"positives\" : 0,\n  \"rankings\" : [\n"))
        #expect(json.stdout.contains("\"average_precision\" : null,\n      \"precision_at_k\" : null,\n"))
    }

    @Test func refusals() throws {
        for arguments in [
            ["--until", "2012"], ["--backtest"], ["--backtest", "--until", "2012", "--for", "a"],
            ["--backtest", "--until", "2012", "--at", "2011"],
        ] {
            let result = try CLI.run(["partners", file] + arguments)
            #expect(result.status == 64)
            #expect(result.stdout == "")
        }
        let undated = try CLI.run(["partners", fixture("small.yaml"), "--backtest", "--until", "2012", "--lang", "en"])
        #expect(undated.status == 65)
        #expect(undated.stdout == "")
        #expect(undated.stderr.hasSuffix("no tie or project has a start year, so there is nothing to backtest.\n"))
    }
}
