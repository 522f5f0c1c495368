/// Reasons a binding gives for doing nothing now, shared by several screens.
enum Unavailable {
    /// Another Rollkarta holds the file (or took the lock over): nothing may change.
    @Sendable static func whenReadOnly(_ state: AppState) -> String? {
        state.readOnly?.refusesEdits == true ? FileText.of(state.language).readOnlyRefused : nil
    }
}
