using System.Globalization;
using TeamsBot.Cards;
using TeamsBot.Localization;

namespace TeamsBot.Reflections.Mine;

/// <summary>
/// <c>/mine</c>: the counsellor's own reflections of the last days, newest first, each to open or delete. Only their
/// answers: the private text is shown when one is opened.
/// </summary>
public static class MyReflectionsCard
{
    /// <summary>At most this many are listed, to keep the card within Teams' size limit.</summary>
    public const int MaxListed = 20;

    public static AdaptiveCard Build(IReadOnlyList<Reflection> reflections, ReflectionLabels labels, Texts texts, string? notice = null)
    {
        var title = texts["Mine.Title"];
        List<CardElement> body = [TextBlock.Heading(title)];
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Weight = "Bolder" });
        }

        body.Add(new TextBlock(texts["Mine.Intro"]) { IsSubtle = true });
        if (reflections.Count == 0)
        {
            body.Add(new TextBlock(texts["Mine.None"]) { Spacing = "Medium" });
            return new AdaptiveCard(body) { Speak = title };
        }

        body.AddRange(reflections.Take(MaxListed).Select(r => Item(r, labels, texts)));
        if (reflections.Count > MaxListed)
        {
            body.Add(new TextBlock(texts.Get("Mine.More", MaxListed, reflections.Count)) { IsSubtle = true });
        }

        return new AdaptiveCard(body, [ExecuteAction.For(texts["Mine.DeleteAll"], new ConfirmDeleteAllPress()) with { Style = "destructive" }]) { Speak = title };
    }

    private static Container Item(Reflection reflection, ReflectionLabels labels, Texts texts)
    {
        var answers = reflection.Answers!;
        return new Container(
        [
            new TextBlock(labels.When(reflection.IssuedAt)) { Weight = "Bolder" },
            new TextBlock(texts.Get("Mine.Item", Capitalized(labels.ContactForm(answers.ContactForm)), answers.Minutes, labels.Topics(answers.Topics))) { Spacing = "None" },
            new TextBlock(texts[answers.Share ? "Mine.Shared" : "Mine.NotShared"]) { IsSubtle = true, Spacing = "None" },
            new ActionSet(
            [
                ExecuteAction.For(texts["Mine.Open"], new OpenMyReflectionPress(reflection.FormId)),
                ExecuteAction.For(texts["Mine.Delete"], new DeleteMyReflectionPress(reflection.FormId)) with { Style = "destructive" },
            ]),
        ]) { Separator = true, Spacing = "Medium" };
    }

    public static string Capitalized(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.CurrentCulture) + text[1..];
}
