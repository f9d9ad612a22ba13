use super::*;

const SAMPLE: &str = include_str!("../../../policies/aup-staff.md");

const HOSTILE: &str = "# Rules <b>now</b>\n\n\
    Click [here](javascript:alert(1)) or [there](https://example.org/a?b=1&c=\"2\").\n\n\
    An *unbalanced star and **half bold\n\n\
    <script>alert('x')</script>\n\n\
    - one @everyone\n- two `code`\n";

#[test]
fn the_sample_policy_keeps_its_structure_on_every_platform() {
    let telegram = render(SAMPLE, Style::TelegramHtml);
    assert!(telegram.starts_with("<b>Staff Acceptable Use Policy</b>\n\n"));
    assert!(telegram.contains("<b>Using school systems</b>"));
    assert!(telegram.contains("\n1. I understand that &quot;school systems&quot; include"));
    assert!(!telegram.contains("## "), "no raw headings: {telegram}");

    let discord = render(SAMPLE, Style::Discord);
    assert!(discord.starts_with("# Staff Acceptable Use Policy\n\n"));
    assert!(discord.contains("\n## Using school systems\n\n1. I understand"));

    let teams = render(SAMPLE, Style::Teams);
    assert!(teams.starts_with("**Staff Acceptable Use Policy**\n\n"));
    assert!(teams.contains("**Using school systems**"));

    let plain = render(SAMPLE, Style::Plain);
    assert!(plain.starts_with("Staff Acceptable Use Policy\n───"));
    assert!(plain.contains("Using school systems\n────"));
    assert!(plain.contains("\n7. I will keep the personal data"));
    assert!(!plain.contains('#'), "{plain}");
}

#[test]
fn lists_emphasis_and_links_per_platform() {
    let md = "Read *this* and **that**:\n\n- first\n- see [the guide](https://example.org/guide)\n  - nested\n\n3. three\n4. four\n";
    assert_eq!(
        render(md, Style::TelegramHtml),
        "Read <i>this</i> and <b>that</b>:\n\n• first\n• see <a href=\"https://example.org/guide\">the guide</a>\n  • nested\n\n3. three\n4. four"
    );
    assert_eq!(
        render(md, Style::Discord),
        "Read *this* and **that**:\n\n- first\n- see [the guide](<https://example.org/guide>)\n  - nested\n\n3. three\n4. four"
    );
    assert_eq!(
        render(md, Style::Teams),
        "Read _this_ and **that**:\n\n- first\n- see [the guide](https://example.org/guide)\n  - nested\n\n3. three\n4. four"
    );
    assert_eq!(
        render(md, Style::Plain),
        "Read this and that:\n\n• first\n• see the guide (https://example.org/guide)\n  • nested\n\n3. three\n4. four"
    );
    assert_eq!(
        render("<https://example.org>", Style::Plain),
        "https://example.org"
    );
}

#[test]
fn hostile_text_never_becomes_markup() {
    let telegram = render(HOSTILE, Style::TelegramHtml);
    assert!(
        telegram.starts_with("<b>Rules &lt;b&gt;now&lt;/b&gt;</b>"),
        "{telegram}"
    );
    assert!(!telegram.contains("javascript"), "{telegram}");
    assert!(telegram.contains("Click here or"), "{telegram}");
    assert!(
        telegram.contains("<a href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\">there</a>")
    );
    assert!(telegram.contains("&lt;script&gt;"), "{telegram}");
    assert!(telegram.contains("An *unbalanced star and **half bold"));
    // Only the tags this module writes remain.
    let tags: Vec<&str> = telegram
        .split('<')
        .skip(1)
        .map(|t| t.split('>').next().unwrap())
        .collect();
    for t in tags {
        let name = t.trim_start_matches('/').split(' ').next().unwrap();
        assert!(
            ["b", "i", "a", "code", "pre", "s"].contains(&name),
            "tag {t:?} in {telegram}"
        );
    }

    let discord = render(HOSTILE, Style::Discord);
    assert!(
        discord.starts_with("# Rules \\<b\\>now\\</b\\>"),
        "{discord}"
    );
    assert!(!discord.contains("javascript"), "{discord}");
    assert!(
        discord.contains("An \\*unbalanced star and \\*\\*half bold"),
        "{discord}"
    );
    assert!(
        discord.contains("[there](<https://example.org/a?b=1&c=\"2\">)"),
        "{discord}"
    );

    let teams = render(HOSTILE, Style::Teams);
    assert!(!teams.contains("javascript"), "{teams}");
    assert!(teams.contains("\\*unbalanced"), "{teams}");

    let plain = render(HOSTILE, Style::Plain);
    assert!(plain.starts_with("Rules <b>now</b>\n"), "{plain}");
    assert!(plain.contains("Click here or there (https://example.org/a?b=1&c=\"2\")."));
    assert!(!plain.contains("javascript"), "{plain}");
}

#[test]
fn plain_pieces_are_escaped_and_only_markdown_pieces_rendered() {
    let ps = vec![
        Piece::Plain("From <b>*Mr X*</b>:\n\n".into()),
        Piece::Markdown("## Heading\n\n*fine*".into()),
    ];
    assert_eq!(
        pieces(&ps, Style::TelegramHtml, html_escape),
        "From &lt;b&gt;*Mr X*&lt;/b&gt;:\n\n<b>Heading</b>\n\n<i>fine</i>"
    );
    assert_eq!(
        pieces(&ps, Style::Teams, markdown_escape),
        "From \\<b\\>\\*Mr X\\*\\</b\\>:\n\n**Heading**\n\n_fine_"
    );
}
