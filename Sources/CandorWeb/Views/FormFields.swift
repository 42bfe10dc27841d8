import CandorCore
import Plot

/// Labelled form controls. Each keeps what the person typed, so a form shown again after
/// an error loses nothing.
enum Field {
    /// - Parameter id: the element's id, the name unless given: two forms on one page that share
    ///   a field name (a search filter and an add form) give one of them ids of its own.
    static func text(
        _ name: String, label: String, value: String?, type: String = "text", hint: String? = nil,
        required: Bool = false, extra: [Attr] = [], id: String? = nil
    ) -> Markup {
        H.div([.cls("field")], [
            labelFor(id ?? name, label, hint: hint),
            H.void("input", [.type(type), .id(id ?? name), .name(name), .value(value), .flag("required", required)] + extra),
        ])
    }

    static func textarea(_ name: String, label: String, value: String?, hint: String? = nil, rows: Int = 4) -> Markup {
        H.div([.cls("field")], [
            labelFor(name, label, hint: hint),
            H.tag("textarea", [.id(name), .name(name), .attr("rows", String(rows))], text: value ?? ""),
        ])
    }

    /// A drop-down of a `Choice`; `allowNone` adds a blank first option meaning "not set".
    static func choice<C: Choice>(
        _ name: String, label: String, selected: String?, of type: C.Type, allowNone: Bool = true, hint: String? = nil,
        noneLabel: String = "—", id: String? = nil
    ) -> Markup {
        select(name, label: label, selected: selected, options: C.allCases.map { ($0.rawValue, $0.label) },
               allowNone: allowNone, noneLabel: noneLabel, hint: hint, id: id)
    }

    static func select(
        _ name: String, label: String, selected: String?, options: [(value: String, label: String)],
        allowNone: Bool = false, noneLabel: String = "—", hint: String? = nil, id: String? = nil
    ) -> Markup {
        let blank = allowNone ? [H.tag("option", [.value("")], text: noneLabel)] : []
        return H.div([.cls("field")], [
            labelFor(id ?? name, label, hint: hint),
            H.tag("select", [.id(id ?? name), .name(name)], blank + options.map { option in
                H.tag("option", [.value(option.value), .flag("selected", option.value == selected)], text: option.label)
            }),
        ])
    }

    /// A group of theme check boxes, each with its one-line summary as a tooltip.
    static func themes(_ name: String, legend: String, hint: String? = nil, checked: Set<String>) -> Markup {
        H.tag("fieldset", [], [
            H.tag("legend", [], [H.text(legend), hint.map { H.span(" " + $0, [.cls("hint")]) } ?? H.nothing]),
            H.div([.cls("checks")], Theme.allCases.map { theme in
                H.tag("label", [.attr("title", theme.summary)], [
                    H.void("input", [.type("checkbox"), .name("\(name)[]"), .value(theme.rawValue),
                                     .flag("checked", checked.contains(theme.rawValue))]),
                    H.text(theme.label),
                ])
            }),
        ])
    }

    static func submit(_ label: String, _ attributes: [Attr] = []) -> Markup {
        H.tag("button", [.type("submit")] + attributes, text: label)
    }

    private static func labelFor(_ name: String, _ label: String, hint: String?) -> Markup {
        H.tag("label", [.for(name)], [
            H.text(label),
            hint.map { H.span(" " + $0, [.cls("hint")]) } ?? H.nothing,
        ])
    }
}
