import { describe, expect, it } from "vitest";
import { decodeEntities, docToMarkdown, firstParagraph, firstSentence } from "./markup.js";

describe("docToMarkdown", () => {
  it("turns the AWS HTML subset into Markdown", () => {
    const html =
      '<p>Creates a <code>Workload</code>. See <a href="https://example.com/x">the guide</a>.</p> <p>Use <b>care</b> and <i>thought</i>.</p>';
    expect(docToMarkdown(html)).toBe("Creates a `Workload`. See [the guide](https://example.com/x).\n\nUse **care** and _thought_.");
  });

  it("prints lists, notes and line breaks", () => {
    const html = "<p>Modes:</p><ul><li><p><code>NONE</code>: nothing.</p></li><li>ALL</li></ul><note>Be careful.</note>";
    expect(docToMarkdown(html)).toBe("Modes:\n\n- `NONE`: nothing.\n- ALL\n\n**Note:** Be careful.");
    expect(docToMarkdown("<ol><li>one</li><li>two</li></ol>")).toBe("1. one\n2. two");
  });

  it("decodes entities and drops unknown tags", () => {
    expect(docToMarkdown("<p>a &lt;b&gt; &amp; &#39;c&#x27; <span>y</span></p><fullname>X</fullname>")).toBe("a <b> & 'c' y\n\nX");
    expect(decodeEntities("&bogus; &#0;")).toBe("&bogus; &#0;");
  });

  it("keeps Markdown as written, minus trailing spaces and extra blank lines", () => {
    expect(docToMarkdown("First line  \nsecond.\n\n\n\n- item\n")).toBe("First line\nsecond.\n\n- item");
  });

  it("keeps preformatted blocks as code fences", () => {
    expect(docToMarkdown("<p>Run:</p><pre><code>npm  test\nnpm run build</code></pre>")).toBe("Run:\n\n```\nnpm  test\nnpm run build\n```");
  });
});

describe("summaries", () => {
  it("take the first paragraph and sentence", () => {
    const md = "The city is unknown. Check\nthe name.\n\nMore.";
    expect(firstParagraph(md)).toBe("The city is unknown. Check the name.");
    expect(firstSentence(md)).toBe("The city is unknown.");
    expect(firstSentence("No period here")).toBe("No period here");
  });
});
