import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./Markdown";

describe("Markdown rendering", () => {
  it("renders Markdown", () => {
    expect(renderMarkdown("**Ti** bænke\n\n- a\n- b")).toBe(
      "<p><strong>Ti</strong> bænke</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>",
    );
  });

  it("never passes raw HTML through", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script> <img src=x onerror="alert(2)"> <a href="javascript:x">y</a>',
    );
    expect(html).toBe(
      "&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=&quot;alert(2)&quot;&gt; &lt;a href=&quot;javascript:x&quot;&gt;y&lt;/a&gt;",
    );
  });

  it("empties javascript: links and keeps ordinary ones", () => {
    expect(renderMarkdown("[click](javascript:void)")).toBe('<p><a href="">click</a></p>');
    expect(renderMarkdown("<javascript:alert(1)>")).toBe('<p><a href="">javascript:alert(1)</a></p>');
    expect(renderMarkdown("[ok](https://example.dk)")).toBe('<p><a href="https://example.dk">ok</a></p>');
  });
});
