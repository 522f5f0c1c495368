import Foundation
import XCTest
@testable import RollkartaApp

/// Every colour pair of both themes, measured by the WCAG contrast ratio under four common
/// terminal palettes: at least 4.5:1 for text and 3:1 for glyph marks. A style on the
/// terminal's own background keeps the terminal's own foreground (no 16-colour foreground
/// reaches 4.5:1 on both a black and a white terminal).
final class ThemeContrastTests: XCTestCase {
    typealias RGB = (Double, Double, Double)

    /// The eight colours (black … white) as each terminal draws them.
    static let palettes: [String: [RGB]] = [
        "xterm": [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229)],
        "Linux console": [(0, 0, 0), (170, 0, 0), (0, 170, 0), (170, 85, 0), (0, 0, 170), (170, 0, 170), (0, 170, 170),
                          (170, 170, 170)],
        "GNOME (Tango)": [(0, 0, 0), (204, 0, 0), (78, 154, 6), (196, 160, 0), (52, 101, 164), (117, 80, 123), (6, 152, 154),
                          (211, 215, 207)],
        "Windows Terminal (Campbell)": [(12, 12, 12), (197, 15, 31), (19, 161, 14), (193, 156, 0), (0, 55, 218), (136, 23, 152),
                                        (58, 150, 221), (204, 204, 204)],
    ]

    /// WCAG 2 relative luminance and contrast ratio.
    static func luminance(_ color: RGB) -> Double {
        func channel(_ value: Double) -> Double {
            let c = value / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(color.0) + 0.7152 * channel(color.1) + 0.0722 * channel(color.2)
    }

    static func contrast(_ a: RGB, _ b: RGB) -> Double {
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    func testTheFormulaGivesWCAGsOwnFigures() {
        XCTAssertEqual(Self.contrast((0, 0, 0), (255, 255, 255)), 21, accuracy: 0.01)
        XCTAssertEqual(Self.contrast((119, 119, 119), (255, 255, 255)), 4.48, accuracy: 0.01)
    }

    func testEveryPairOfBothThemesIsReadableInEveryPalette() {
        for theme in AppState.Theme.allCases {
            for style in Style.allCases {
                let look = theme.look(style)
                if look.background == .terminalDefault || look.foreground == .terminalDefault {
                    XCTAssertEqual(look.foreground, look.background,
                                   "\(theme) \(style): on the terminal's own background only its own foreground is safe")
                    continue
                }
                let needed = style.isMark ? 3.0 : 4.5
                for (name, colors) in Self.palettes {
                    let ratio = Self.contrast(colors[Int(look.foreground.rawValue)], colors[Int(look.background.rawValue)])
                    XCTAssertGreaterThanOrEqual(ratio, needed, "\(theme) \(style) \(look.foreground) on \(look.background), \(name)")
                }
            }
        }
    }

    func testTheProjectorThemePaintsEveryCell() {
        for style in Style.allCases {
            XCTAssertNotEqual(AppState.Theme.projector.look(style).background, .terminalDefault, "\(style)")
        }
    }

    func testTheThemeTellsTheMarksApartFromTheirSurroundings() {
        for theme in AppState.Theme.allCases {
            let marks: [Style] = [.holds, .partly, .unclear, .gapMark, .handoverMark, .failingMark]
            let looks = marks.map { theme.look($0) }
            for (style, look) in zip(marks, looks) where style != .unclear {
                XCTAssertNotEqual(look, theme.look(.normal), "\(theme) \(style) stands out from plain text")
            }
            XCTAssertNotEqual(theme.look(.selected), theme.look(.normal))
            XCTAssertNotEqual(theme.look(.failing), theme.look(.normal))
        }
    }

    /// The selected row is never drawn like any other row's marking (an overdue activity, a
    /// failing handover, a gap, a match …), in either theme: the cursor is always seen.
    func testTheSelectedRowLooksLikeNoOtherRowStyle() {
        let rows: [Style] = [.normal, .dim, .heading, .gap, .handover, .failing, .match, .overlay]
        for theme in AppState.Theme.allCases {
            for style in rows {
                XCTAssertNotEqual(theme.look(.selected), theme.look(style), "\(theme): selected and \(style)")
            }
        }
    }
}
