import Foundation
import RollkartaModel
import WorkshopGenerator

// make-bad-files ITEMS PROBLEMS FOLDER: the files of scripts/bench-problems, the same every time.
//   good.rollkarta.json        a generated workshop of ITEMS items (the "mix" shape), valid
//   bad.rollkarta.json         the same with PROBLEMS problems, a quarter of each kind: duplicate
//                              gap ids, gaps and handovers naming an organisation that does not
//                              exist (each problem lists the 300 known), answers of an unknown
//                              participant
//   answers.verify.json        a participant's answer file for good.rollkarta.json: every gap and
//                              handover answered, then PROBLEMS of them answered again (each a
//                              duplicate subject), comments making it as large as bad.rollkarta.json
//   answers-valid.verify.json  the same without the duplicates (merges, for comparison)
let arguments = CommandLine.arguments
guard arguments.count == 4, let items = Int(arguments[1]), let problems = Int(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: make-bad-files ITEMS PROBLEMS FOLDER\n".utf8))
    exit(2)
}
let folder = arguments[3]
let good = WorkshopGenerator.make(items: items, shape: .mix)
try WorkshopStore.save(good, to: folder + "/good.rollkarta.json")

var bad = good
let quarter = problems / 4
precondition(bad.gaps.count >= 2 * quarter && bad.handovers.count >= quarter && bad.answers.count >= problems - 3 * quarter,
             "too few items for \(problems) problems")
for index in 0..<quarter {
    bad.gaps[2 * index + 1].id = bad.gaps[2 * index].id                      // duplicate id
    bad.gaps[2 * index].actors = ["nobody-\(index)"]                         // unknown organisation
    bad.handovers[index].from.actor = "nobody-\(index)"                      // unknown organisation
}
for index in 0..<(problems - 3 * quarter) { bad.answers[index].participant = "p-nobody-\(index)" }  // unknown participant
let badBytes = WorkshopCodec.encode(bad)
try badBytes.write(to: URL(fileURLWithPath: folder + "/bad.rollkarta.json"))
let found = Validation.check(bad).count
guard found == problems else {
    FileHandle.standardError.write(Data("make-bad-files: \(found) problems, not \(problems)\n".utf8))
    exit(1)
}

let subjects = good.verificationSubjects(including: [.gaps, .handovers])
let hashes = good.subjectHashes
let answered = subjects + subjects.prefix(problems)
precondition(subjects.count >= problems, "too few subjects for \(problems) duplicates")
// About 190 bytes an answer without a comment: the comments make up the rest of the size.
let commentLength = max(0, badBytes.count / answered.count - 190)
func answerFile(_ list: [VerificationSubject]) -> ParticipantFile {
    var file = ParticipantFile(for: good, organisation: "Organisation 1", initials: "AB", onBehalf: false,
                               include: [.roles, .gaps, .handovers])
    file.answers = list.enumerated().map { index, subject in
        ParticipantFile.Answer(subject: subject, vote: Vote.allCases[index % 3],
                               comment: String(repeating: "Stämmer inte helt. ", count: commentLength / 20 + 1),
                               seen: hashes[subject] ?? "", answeredAt: "2026-11-21T10:00:00Z")
    }
    return file
}
try ParticipantStore.save(answerFile(answered), to: folder + "/answers.verify.json")
try ParticipantStore.save(answerFile(subjects), to: folder + "/answers-valid.verify.json")
