import Foundation
import RollkartaModel

/// What a form is for, defined in the form's own folder: what it saves on F2 and any keys of
/// its own (the gap form's F3-F6). Adding a form is a folder with a type of this protocol; no
/// list of forms elsewhere.
protocol FormPurpose: Sendable {
    /// F2 after the shared checks: the form's own checks and its edit; a problem keeps it open.
    func save(_ form: FormState, _ state: inout AppState) -> FormResult
    /// Keys only this form has, beside F2, Tab and Esc that every form has.
    var bindings: [Binding] { get }
    /// One of `bindings` pressed: changes the form.
    func handle(_ action: Action, _ form: inout FormState, _ language: Language)
    func isEqual(to other: any FormPurpose) -> Bool
}

extension FormPurpose {
    var bindings: [Binding] { [] }
    func handle(_ action: Action, _ form: inout FormState, _ language: Language) {}
}

extension FormPurpose where Self: Equatable {
    func isEqual(to other: any FormPurpose) -> Bool { (other as? Self) == self }
}

/// A form in an overlay: fields, the focused one, and whether anything was typed.
/// F2 saves, Esc cancels (asking first when something was typed).
public struct FormState: Equatable, Sendable {
    var purpose: any FormPurpose
    public var title: String
    public var fields: [FormField]
    public var focus = 0
    public var isChanged = false
    public var isConfirmingCancel = false
    /// Why the last F2 was refused, shown in the form.
    public var problem: String?
    /// The facilitator was warned that the text looks like a personal identity number and
    /// pressed F2 again: save anyway.
    public var personalNumberConfirmed = false

    init(purpose: any FormPurpose, title: String, fields: [FormField]) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
    }

    public static func == (lhs: FormState, rhs: FormState) -> Bool {
        lhs.purpose.isEqual(to: rhs.purpose) && lhs.title == rhs.title && lhs.fields == rhs.fields
            && lhs.focus == rhs.focus && lhs.isChanged == rhs.isChanged && lhs.isConfirmingCancel == rhs.isConfirmingCancel
            && lhs.problem == rhs.problem && lhs.personalNumberConfirmed == rhs.personalNumberConfirmed
    }

    /// Text in the form's fields that looks like a personal identity number.
    public var personalNumbers: [String] {
        fields.flatMap { PersonalNumber.find(in: $0.text) }
    }

    public subscript(id: String) -> FormField? {
        fields.first { $0.id == id }
    }

    /// A text field's text without the blanks around it.
    public func trimmed(_ id: String) -> String {
        (self[id]?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

public struct FormField: Equatable, Sendable {
    public enum Value: Equatable, Sendable {
        case text(TextField)
        /// One of several options; `selected` indexes `options`.
        case choice(options: [Option], selected: Int)
        /// Any number of options; `current` is the option the cursor is on.
        case toggles(options: [Option], selected: Set<String>, current: Int)
    }

    public struct Option: Equatable, Sendable {
        public var id: String
        public var label: String
        /// A longer text shown while the cursor is on the option (an actor's full name).
        public var hint: String = ""
        /// The journey and step the option stands for, where it is a place in a journey.
        public var step: StepKey?
    }

    public var id: String
    public var label: String
    public var value: Value

    public var text: String {
        if case .text(let field) = value { return field.text }
        return ""
    }

    public var choice: String? { chosenOption?.id }

    public var chosenOption: Option? {
        if case .choice(let options, let selected) = value, options.indices.contains(selected) { return options[selected] }
        return nil
    }

    /// The choice's id, with the empty "–" option read as none.
    public var optionalChoice: String? { choice.flatMap { $0.isEmpty ? nil : $0 } }

    public var toggled: [String] {
        if case .toggles(let options, let selected, _) = value { return options.map(\.id).filter(selected.contains) }
        return []
    }

    /// The ticked actors of an actor list.
    public var toggledActors: [Actor.ID] { toggled.map { Actor.ID(rawValue: $0) } }

    /// The chosen actor of an actor choice, "–" read as none.
    public var chosenActor: Actor.ID? { optionalChoice.map { Actor.ID(rawValue: $0) } }

    /// The first option after `index` (going round) whose label starts with the character typed,
    /// compared without case.
    static func option(startingWith typed: Character, in options: [Option], after index: Int) -> Int? {
        let wanted = String(typed).lowercased()
        return (1...options.count).map { (index + $0) % options.count }.first { options[$0].label.lowercased().hasPrefix(wanted) }
    }

    /// Whether a key typed into a choice goes nowhere and the form should say what to press.
    var isChoice: Bool {
        if case .text = value { return false }
        return true
    }

    /// Handles a key meant for this field; false when the form should handle it.
    mutating func handle(_ key: Key) -> Bool {
        switch value {
        case .text(var field):
            guard field.handle(key) else { return false }
            value = .text(field)
            return true
        case .choice(let options, let selected):
            guard !options.isEmpty else { return false }
            switch key {
            case .right, .character(" "): value = .choice(options: options, selected: (selected + 1) % options.count)
            case .left: value = .choice(options: options, selected: (selected - 1 + options.count) % options.count)
            case .character(let typed):
                // A letter or digit goes to the next option that starts with it ("s" sekundär, "5" role 5).
                guard let next = Self.option(startingWith: typed, in: options, after: selected) else { return false }
                value = .choice(options: options, selected: next)
            default: return false
            }
            return true
        case .toggles(let options, var selected, var current):
            guard !options.isEmpty else { return false }
            switch key {
            case .right: current = min(options.count - 1, current + 1)
            case .left: current = max(0, current - 1)
            case .character(" "), .character("x"):
                let id = options[current].id
                if selected.contains(id) { selected.remove(id) } else { selected.insert(id) }
            case .character(let typed):
                guard let next = Self.option(startingWith: typed, in: options, after: current) else { return false }
                current = next
            default: return false
            }
            value = .toggles(options: options, selected: selected, current: current)
            return true
        }
    }
}

extension FormField {
    static func text(_ id: String, _ label: String, _ text: String = "", multiline: Bool = false) -> FormField {
        FormField(id: id, label: label, value: .text(TextField(text, multiline: multiline)))
    }

    static func choice<Value: StrictEnum & Labelled>(_ id: String, _ label: String, _ current: Value,
                                                     language: Language) -> FormField {
        let options = Value.allCases.map { Option(id: $0.rawValue, label: $0.label(language)) }
        return FormField(id: id, label: label,
                         value: .choice(options: options, selected: options.firstIndex { $0.id == current.rawValue } ?? 0))
    }
}
