import Plot

/// The anti-forgery token inside pages: a hidden field in every posting form and a `meta`
/// tag for the script.
///
/// Views are built before the response is, so the token is not known when a form is made;
/// these nodes read it while the page renders, from `token`, which `Page` binds to the
/// request's token (see `CSRFMiddleware`).
enum CSRFField {
    @TaskLocal static var token: String = ""

    static var node: Markup { .component(HiddenInput()) }
    static var meta: Markup { .component(MetaTag()) }

    private struct HiddenInput: Component {
        var body: Component {
            Node<HTML.BodyContext>.selfClosedElement(named: "input", attributes: [
                Attribute(name: "type", value: "hidden"),
                Attribute(name: "name", value: CSRFMiddleware.fieldName),
                Attribute(name: "value", value: CSRFField.token.htmlEscaped, ignoreIfValueIsEmpty: false),
            ])
        }
    }

    private struct MetaTag: Component {
        var body: Component {
            Node<HTML.BodyContext>.selfClosedElement(named: "meta", attributes: [
                Attribute(name: "name", value: "csrf-token"),
                Attribute(name: "content", value: CSRFField.token.htmlEscaped, ignoreIfValueIsEmpty: false),
            ])
        }
    }
}
