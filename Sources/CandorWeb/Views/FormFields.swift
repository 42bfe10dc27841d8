import CandorCore
import Plot

/// Labelled form controls. Each keeps what the person typed, so a form shown again after
/// an error loses nothing.
enum Field {
    /// - Parameter id: the element's id, the name unless given: two forms on one page that share
    ///   a field name (a search filter and an add form) give one of them ids of its own.
    /// - Parameter error: why the value was refused, shown under the field, which is marked
    ///   `aria-invalid` and described by it; the value stays as typed.
    static func text(
        _ name: String, label: String, value: String?, type: String = "text", hint: String? = nil,
        required: Bool = false, extra: [Attr] = [], id: String? = nil, error: String? = nil
    ) -> Markup {
        let id = id ?? name
        return H.div([.cls(error == nil ? "field" : "field invalid")], [
            labelFor(id, label, hint: hint),
            H.void("input", [.type(type), .id(id), .name(name), .value(value), .flag("required", required)]
                + invalid(id, error) + extra),
            errorText(id, error),
        ])
    }

    /// `aria-invalid` and `aria-describedby` for a refused field.
    private static func invalid(_ id: String, _ error: String?) -> [Attr] {
        error == nil ? [] : [.attr("aria-invalid", "true"), .aria("describedby", "\(id)-error")]
    }

    private static func errorText(_ id: String, _ error: String?) -> Markup {
        error.map { H.p($0, [.cls("field-error"), .id("\(id)-error")]) } ?? H.nothing
    }

    static func textarea(_ name: String, label: String, value: String?, hint: String? = nil, rows: Int = 4,
                         error: String? = nil) -> Markup {
        H.div([.cls(error == nil ? "field" : "field invalid")], [
            labelFor(name, label, hint: hint),
            H.tag("textarea", [.id(name), .name(name), .attr("rows", String(rows))] + invalid(name, error), text: value ?? ""),
            errorText(name, error),
        ])
    }

    /// A drop-down of a `Choice`; `allowNone` adds a blank first option meaning "not set".
    static func choice<C: Choice>(
        _ name: String, label: String, selected: String?, of type: C.Type, allowNone: Bool = true, hint: String? = nil,
        noneLabel: String = "—", id: String? = nil, error: String? = nil
    ) -> Markup {
        select(name, label: label, selected: selected, options: C.allCases.map { ($0.rawValue, $0.label) },
               allowNone: allowNone, noneLabel: noneLabel, hint: hint, id: id, error: error)
    }

    static func select(
        _ name: String, label: String, selected: String?, options: [(value: String, label: String)],
        allowNone: Bool = false, noneLabel: String = "—", hint: String? = nil, id: String? = nil, error: String? = nil
    ) -> Markup {
        let blank = allowNone ? [H.tag("option", [.value("")], text: noneLabel)] : []
        let id = id ?? name
        return H.div([.cls(error == nil ? "field" : "field invalid")], [
            labelFor(id, label, hint: hint),
            H.tag("select", [.id(id), .name(name)] + invalid(id, error), blank + options.map { option in
                H.tag("option", [.value(option.value), .flag("selected", option.value == selected)], text: option.label)
            }),
            errorText(id, error),
        ])
    }

    /// A group of theme check boxes, each with its one-line summary as a tooltip.
    /// - Parameter error: why the ticks were refused, shown under the legend (see `group`).
    static func themes(_ name: String, legend: String, hint: String? = nil, checked: Set<String>, error: String? = nil) -> Markup {
        group(name, legend: legend, hint: hint, error: error, [
            H.div([.cls("checks")], Theme.allCases.map { theme in
                H.tag("label", [.attr("title", theme.summary)], [
                    H.void("input", [.type("checkbox"), .name("\(name)[]"), .value(theme.rawValue),
                                     .flag("checked", checked.contains(theme.rawValue))]),
                    H.text(theme.label),
                ])
            }),
        ])
    }

    /// A fieldset of check boxes under a legend. A refused group is marked as a whole: the
    /// fieldset is `aria-invalid` and described by the reason, shown under the legend.
    static func group(_ name: String, legend: String, hint: String? = nil, error: String? = nil, _ children: [Markup]) -> Markup {
        H.tag("fieldset", error == nil ? [] : [.cls("invalid")] + invalid(name, error), [
            H.tag("legend", [], [H.text(legend), hint.map { H.span(" " + $0, [.cls("hint")]) } ?? H.nothing]),
            errorText(name, error),
        ] + children)
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
