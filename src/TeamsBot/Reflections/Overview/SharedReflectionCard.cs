using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Reflections.Mine;

namespace TeamsBot.Reflections.Overview;

/// <summary>
/// One shared reflection, for a coordinator: who and when, how the contact went, and the private text its counsellor
/// chose to share. Topics and feeling are left out: what was shared is the text, and they stay within the group rule.
/// </summary>
public static class SharedReflectionCard
{
    public static AdaptiveCard Build(Reflection reflection, string privateText, ReflectionLabels labels, CardAction back, Texts texts)
    {
        var answers = reflection.Answers!;
        var title = texts["SharedCard.Title"];
        return new AdaptiveCard(
        [
            TextBlock.Heading(title),
            new TextBlock(texts.Get("SharedCard.Who", reflection.Counsellor.Name, labels.When(reflection.IssuedAt))) { IsSubtle = true },
            new FactSet(
            [
                new Fact(texts["SharedCard.ContactForm"], labels.ContactForm(answers.ContactForm)),
                new Fact(texts["SharedCard.Minutes"], answers.Minutes.ToString(System.Globalization.CultureInfo.CurrentCulture)),
            ]),
            new TextBlock(texts["SharedCard.Private"]) { Weight = "Bolder", Spacing = "Medium" },
            new TextBlock(privateText),
            new TextBlock(texts.Get("SharedCard.Note", reflection.Counsellor.Name)) { IsSubtle = true, Spacing = "Medium" },
        ], [back]) { Speak = title };
    }

    /// <summary>Not shared, deleted, its text removed after the retention time, or never there: the same answer for all.</summary>
    public static AdaptiveCard Unavailable(CardAction back, Texts texts) =>
        new([TextBlock.Heading(texts["SharedCard.Title"]), new TextBlock(texts["SharedCard.Unavailable"])], [back]) { Speak = texts["SharedCard.Title"] };
}
