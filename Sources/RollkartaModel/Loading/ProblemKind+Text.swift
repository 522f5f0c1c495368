import RollkartaJSON

extension ProblemKind {
    /// What is wrong and what was expected, in words a facilitator understands.
    public func text(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .cannotOpen(let reason): return sv ? "kan inte öppnas (\(reason))" : "cannot be opened (\(reason))"
        case .notARegularFile:
            return sv ? "är inte en vanlig fil (en mapp, FIFO eller enhet?)"
                      : "is not a regular file (a folder, FIFO or device?)"
        case .tooLarge(let bytes, let limit):
            return sv ? "är för stor (\(bytes) byte, högst \(limit))" : "is too large (\(bytes) bytes, at most \(limit))"
        case .empty:
            return sv ? "är tom, förväntade ett JSON-objekt" : "is empty, expected a JSON object"
        case .invalidUTF8:
            return sv ? "ogiltig UTF-8-text" : "invalid UTF-8 text"
        case .syntax(let expected, let endOfFile):
            let ending = endOfFile ? (sv ? " (filen tar slut för tidigt)" : " (the file ends too early)") : ""
            return (sv ? "JSON-syntaxfel, förväntade " : "JSON syntax error, expected ") + expected.text(language) + ending
        case .trailingContent:
            return sv ? "text efter JSON-dokumentets slut" : "text after the end of the JSON document"
        case .tooDeep(let limit):
            return sv ? "nästlat djupare än \(limit) nivåer" : "nested deeper than \(limit) levels"
        case .duplicateKey(let key):
            return sv ? "nyckeln \"\(key)\" förekommer två gånger i samma objekt"
                      : "the key \"\(key)\" occurs twice in the same object"
        case .wrongFormat(let found, let expected):
            let what = found.map { "\"\($0)\"" } ?? (sv ? "inget" : "none")
            let name = Self.formatName(expected, sv: sv)
            return sv ? "är ingen \(name) (format \(what), förväntade \"\(expected)\")"
                      : "is not a \(name) (format \(what), expected \"\(expected)\")"
        case .newerSchema(let found, let supported):
            return sv ? "skapad av en nyare Rollkarta (schemaversion \(found), denna version läser t.o.m. \(supported)); uppdatera Rollkarta. Filen lämnas orörd."
                      : "written by a newer Rollkarta (schema version \(found), this version reads up to \(supported)); update Rollkarta. The file is left untouched."
        case .missingField(let field):
            return sv ? "fältet \"\(field)\" saknas" : "the field \"\(field)\" is missing"
        case .wrongType(let expected):
            return sv ? "fel typ, förväntade \(Self.typeName(expected, sv: true))"
                      : "wrong type, expected \(Self.typeName(expected, sv: false))"
        case .invalidValue(let got, let expected):
            let list = expected.joined(separator: ", ")
            return sv ? "ogiltigt värde \"\(got)\", förväntade ett av: \(list)"
                      : "invalid value \"\(got)\", expected one of: \(list)"
        case .invalidData(let detail):
            return sv ? "ogiltiga data (\(detail))" : "invalid data (\(detail))"
        case .unknownReference(let kind, let id, let known):
            let shown = known.prefix(20).joined(separator: ", ") + (known.count > 20 ? ", …" : "")
            let expected = known.isEmpty ? (sv ? "inga finns" : "there are none") : shown
            return sv ? "okänd \(Self.referenceName(kind, sv: true)) \"\(id)\" (kända: \(expected))"
                      : "unknown \(Self.referenceName(kind, sv: false)) \"\(id)\" (known: \(expected))"
        case .duplicateID(let id):
            return sv ? "id \"\(id)\" används mer än en gång" : "the id \"\(id)\" is used more than once"
        case .duplicateCell(let journey, let step, let role):
            return sv ? "cellen roll \(role) × steg \(step) (\(journey.rawValue)) finns mer än en gång"
                      : "the cell role \(role) × step \(step) (\(journey.rawValue)) occurs more than once"
        case .emptyValue(let field):
            return sv ? "\"\(field)\" får inte vara tomt" : "\"\(field)\" must not be empty"
        case .negativeCount(let field):
            return sv ? "\"\(field)\" ska vara 0 eller mer" : "\"\(field)\" must be 0 or more"
        case .badDate(let value):
            return sv ? "datumet \"\(value)\" ska skrivas ÅÅÅÅ-MM-DD" : "the date \"\(value)\" must be written YYYY-MM-DD"
        }
    }

    /// The line after the listed problems: "… och 9 900 problem till (10 000 i allt)".
    public static func unlisted(_ more: Int, of total: Int, _ language: Language) -> String {
        language == .sv
            ? "… och \(grouped(more, .sv)) problem till (\(grouped(total, .sv)) i allt)"
            : "… and \(grouped(more, .en)) more \(more == 1 ? "problem" : "problems") (\(grouped(total, .en)) in all)"
    }

    /// 9900 as "9 900" in Swedish and "9,900" in English.
    private static func grouped(_ number: Int, _ language: Language) -> String {
        let digits = String(number.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += language == .sv ? " " : "," }
            text.append(digit)
        }
        return (number < 0 ? "-" : "") + text
    }

    private static func typeName(_ swiftType: String, sv: Bool) -> String {
        switch swiftType {
        case "String": return sv ? "text" : "a string"
        case "Int": return sv ? "ett heltal" : "a whole number"
        case "Array": return sv ? "en lista [ ]" : "a list [ ]"
        case "Dictionary", "Object": return sv ? "ett objekt { }" : "an object { }"
        case "Bool": return sv ? "true eller false" : "true or false"
        default: return swiftType
        }
    }

    private static func referenceName(_ kind: ReferenceKind, sv: Bool) -> String {
        switch kind {
        case .journey: return sv ? "resa" : "journey"
        case .step: return sv ? "steg" : "step"
        case .role: return sv ? "roll" : "role"
        case .actor: return sv ? "aktör" : "actor"
        case .participant: return sv ? "deltagare" : "participant"
        case .effectGoal: return sv ? "effektmål" : "effect goal"
        case .actorKind: return sv ? "aktörstyp" : "actor kind"
        case .gap: return sv ? "glapp" : "gap"
        case .handover: return sv ? "överlämning" : "handover"
        case .expectation: return sv ? "förväntan" : "expectation"
        }
    }
}

extension SyntaxExpectation {
    public func text(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .value: return sv ? "ett värde (objekt, lista, text, tal, true, false eller null)"
                               : "a value (object, list, text, number, true, false or null)"
        case .key: return sv ? "en \"nyckel\" inom citattecken" : "a \"key\" in quotes"
        case .colon: return sv ? "':' efter nyckeln" : "':' after the key"
        case .commaOrBrace: return sv ? "',' eller '}'" : "',' or '}'"
        case .commaOrBracket: return sv ? "',' eller ']'" : "',' or ']'"
        case .closingQuote: return sv ? "ett avslutande '\"'" : "a closing '\"'"
        case .escape: return sv ? "en escape-sekvens som \\n, \\\" eller \\u00e5" : "an escape such as \\n, \\\" or \\u00e5"
        case .hexDigits: return sv ? "fyra hexadecimala siffror efter \\u" : "four hex digits after \\u"
        case .noControlCharacter: return sv ? "inga styrtecken i text (skriv \\n för radbrytning)"
                                            : "no control characters inside text (write \\n for a line break)"
        case .digit: return sv ? "en siffra" : "a digit"
        case .literal(let word): return word
        }
    }
}

extension ProblemKind {
    fileprivate static func formatName(_ format: String, sv: Bool) -> String {
        switch format {
        case Workshop.formatMarker: return sv ? "Rollkarta-workshop" : "Rollkarta workshop"
        case ParticipantFile.formatMarker: return sv ? "Rollkarta-svarsfil" : "Rollkarta participant answer file"
        default: return format
        }
    }
}
