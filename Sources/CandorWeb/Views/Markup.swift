import Plot

/// The node type every Candor view builds.
typealias Markup = Node<HTML.BodyContext>

/// An HTML attribute whose value is always escaped when rendered.
struct Attr {
    fileprivate let name: String
    fileprivate let value: String?

    static func attr(_ name: String, _ value: String?) -> Attr { Attr(name: name, value: value) }
    /// A boolean attribute such as `checked`, present only when `on` is true.
    static func flag(_ name: String, _ on: Bool = true) -> Attr { Attr(name: on ? name : "", value: nil) }
    static func cls(_ value: String) -> Attr { .attr("class", value) }
    static func id(_ value: String) -> Attr { .attr("id", value) }
    static func href(_ value: String) -> Attr { .attr("href", value) }
    static func name(_ value: String) -> Attr { .attr("name", value) }
    static func value(_ value: String?) -> Attr { .attr("value", value ?? "") }
    static func type(_ value: String) -> Attr { .attr("type", value) }
    static func `for`(_ value: String) -> Attr { .attr("for", value) }
    static func aria(_ name: String, _ value: String) -> Attr { .attr("aria-\(name)", value) }
    static func data(_ name: String, _ value: String) -> Attr { .attr("data-\(name)", value) }

    fileprivate var attribute: Attribute<HTML.BodyContext>? {
        guard !name.isEmpty else { return nil }
        return Attribute(name: name, value: value?.htmlEscaped, ignoreIfValueIsEmpty: false)
    }
}

/// Small building blocks over Plot that escape every attribute and every piece of text.
///
/// Views use these instead of Plot's typed element functions so that no user text can
/// reach the page unescaped by accident (see `String.htmlEscaped`).
enum H {
    static func tag(_ name: String, _ attributes: [Attr] = [], _ children: [Markup] = []) -> Markup {
        .element(named: name, nodes: attributes.compactMap(\.attribute).map(\.node) + children)
    }

    static func tag(_ name: String, _ attributes: [Attr] = [], text: String) -> Markup {
        tag(name, attributes, [.safe(text)])
    }

    /// An element without content, such as `input`.
    static func void(_ name: String, _ attributes: [Attr]) -> Markup {
        .selfClosedElement(named: name, attributes: attributes.compactMap(\.attribute))
    }

    /// A form that posts, with the request's anti-forgery token in a hidden field (`CSRFField`).
    /// Every form that changes something is made here, so none can forget the token.
    static func postForm(_ attributes: [Attr], _ children: [Markup]) -> Markup {
        tag("form", [.attr("method", "post")] + attributes, [CSRFField.node] + children)
    }

    static func text(_ text: String) -> Markup { .safe(text) }
    static func group(_ children: [Markup]) -> Markup { .group(children) }
    static var nothing: Markup { .group([]) }

    static func div(_ attributes: [Attr] = [], _ children: [Markup]) -> Markup { tag("div", attributes, children) }
    static func p(_ text: String, _ attributes: [Attr] = []) -> Markup { tag("p", attributes, text: text) }
    static func p(_ attributes: [Attr] = [], _ children: [Markup]) -> Markup { tag("p", attributes, children) }
    static func span(_ text: String, _ attributes: [Attr] = []) -> Markup { tag("span", attributes, text: text) }
    static func h1(_ text: String) -> Markup { tag("h1", text: text) }
    static func h2(_ text: String, _ attributes: [Attr] = []) -> Markup { tag("h2", attributes, text: text) }
    static func h3(_ text: String) -> Markup { tag("h3", text: text) }
    static func a(_ text: String, href: String, _ attributes: [Attr] = []) -> Markup {
        tag("a", [.href(href)] + attributes, text: text)
    }
    static func ul(_ attributes: [Attr] = [], _ items: [Markup]) -> Markup {
        tag("ul", attributes, items.map { tag("li", [], [$0]) })
    }
    static func pill(_ text: String, _ tone: String = "") -> Markup {
        span(text, [.cls(tone.isEmpty ? "pill" : "pill \(tone)")])
    }

    /// A definition list of label/value pairs; pairs without a value are left out.
    static func facts(_ pairs: [(String, Markup?)]) -> Markup {
        tag("dl", [.cls("facts")], pairs.flatMap { label, value -> [Markup] in
            guard let value else { return [] }
            return [tag("dt", text: label), tag("dd", [], [value])]
        })
    }

    /// A table with a header row; wrapped so it scrolls sideways on a phone.
    static func table(headers: [String], rows: [[Markup]], caption: String? = nil) -> Markup {
        scrollBox(label: caption ?? "Table", [
            tag("table", [], [
                caption.map { tag("caption", [.cls("skip")], text: $0) } ?? nothing,
                tag("thead", [], [tag("tr", [], headers.map { tag("th", [.attr("scope", "col")], text: $0) })]),
                tag("tbody", [], rows.map { cells in tag("tr", [], cells.map { tag("td", [], [$0]) }) }),
            ]),
        ])
    }

    /// A box that scrolls sideways on a narrow screen (a wide table, a chart): a named region
    /// that takes keyboard focus, so it can be scrolled without a mouse (WCAG 2.1.1).
    static func scrollBox(_ kind: String = "table-wrap", label: String, _ children: [Markup]) -> Markup {
        div([.cls(kind), .attr("role", "region"), .aria("label", label), .attr("tabindex", "0")], children)
    }
}
