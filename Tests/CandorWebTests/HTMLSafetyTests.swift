@testable import CandorWeb
import Testing

@Suite("Escaping user text")
struct HTMLSafetyTests {
    @Test("every markup character is replaced, whatever follows it")
    func markupCharacters() {
        #expect(#"<b a="x" b='y'>&amp;</b>"#.htmlEscaped == "&lt;b a=&quot;x&quot; b=&#39;y&#39;&gt;&amp;amp;&lt;/b&gt;")
        // A combining mark after a quote makes one Character with it; the quote must still go.
        let sneaky = "\"\u{0301} autofocus onfocus=alert(1) x=\"\u{20DD}"
        #expect(!sneaky.htmlEscaped.contains("\""))
        #expect(!sneaky.htmlEscaped.utf8.contains(UInt8(ascii: "\"")))
        #expect(sneaky.htmlEscaped == "&quot;\u{0301} autofocus onfocus=alert(1) x=&quot;\u{20DD}")
        #expect("<\u{0338}".htmlEscaped == "&lt;\u{0338}")
    }

    @Test("text without markup characters is unchanged, in any script")
    func unchanged() {
        for text in ["", "plain", "Zoë’s café — naïve", "日本語のテキスト", "emoji 👩🏽‍💻 and flags 🇩🇪", "e\u{0301}"] {
            #expect(text.htmlEscaped == text)
        }
        #expect("Zoë & 👩🏽‍💻".htmlEscaped == "Zoë &amp; 👩🏽‍💻")
    }
}
