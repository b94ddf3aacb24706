"""Small inputs the reader tests write themselves: an article page with all the chrome real pages carry."""

HEADLINE = "Harbour bridge reopens after two years of repairs"
PARAGRAPHS = (
    "The harbour bridge reopened to traffic on Tuesday morning, two years after engineers closed it when "
    "cracks were found in three of its steel supports.",
    "The city council said the repairs had cost 48 million euros, about a third more than planned, because "
    "the old rivets had to be replaced one by one during the winter months.",
    "Commuters queued from six o'clock to be among the first across. \u201cIt saves me forty minutes a day,\u201d "
    "said a nurse who drives to the hospital on the far bank every morning.",
    "The council expects about 30,000 vehicles a day to use the bridge by the end of next month, and a new "
    "cycle lane will open on the eastern side in the spring.",
)
CHROME = {
    "menu": "Subscribe to our newsletter",
    "cookie": "We use cookies to improve your experience. Accept all cookies",
    "related": "Mayor opens the new ferry terminal",
    "comment": "First! Great article, thanks for sharing",
}


def article_page(head: str = "", byline: str = "", lang: str = "en", charset: str = "utf-8",
                 paragraphs=PARAGRAPHS, headline: str = HEADLINE) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    meta_charset = f'<meta charset="{charset}">' if charset else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head>{meta_charset}
<title>{headline} | The Coastal Courier</title>
<meta property="og:site_name" content="The Coastal Courier">
<meta name="author" content="Ana Lima">
{head}
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/subscribe">{CHROME["menu"]}</a></li></ul></nav></header>
<div id="cookie-banner" class="cookie-consent">{CHROME["cookie"]} <button>OK</button></div>
<main><article>
<h1>{headline}</h1>
{byline}
{body}
</article>
<aside class="related-articles"><h2>Related stories</h2><ul>
<li><a href="/news/ferry">{CHROME["related"]}</a></li>
<li><a href="/news/tram">Tram line delayed again</a></li></ul></aside>
<section id="comments" class="comments"><h3>3 comments</h3>
<div class="comment"><p>{CHROME["comment"]}</p></div></section>
</main>
<footer><p>&copy; 2024 The Coastal Courier. All rights reserved.</p></footer>
</body></html>"""
