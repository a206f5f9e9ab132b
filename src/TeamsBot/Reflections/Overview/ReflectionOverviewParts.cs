using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Reflections.Mine;

namespace TeamsBot.Reflections.Overview;

/// <summary>The reflections' parts of <c>/overblik</c> for the whole period: completion at one look, and the shared reflections.</summary>
public static class ReflectionOverviewParts
{
    /// <summary>At most this many shared reflections are listed (newest first), to keep the card within Teams' size limit.</summary>
    public const int MaxShared = 15;

    /// <summary>
    /// What the seed asks a coordinator to see: that reflection happens. This week's and the period's completion, then
    /// each counsellor's calls and completed reflections, lowest share first, so follow-up starts at the top.
    /// </summary>
    public static IReadOnlyList<CardElement> Lead(ReflectionWeek thisWeek, IReadOnlyList<CounsellorReflections> counsellors, Texts texts)
    {
        var title = new TextBlock(texts["Section"]) { Weight = "Bolder" };
        if (counsellors.Count == 0)
        {
            return [title, new TextBlock(texts["Lead.NoCalls"]) { IsSubtle = true }];
        }

        var period = ReflectionFigures.Share(counsellors.Sum(c => c.Completed), counsellors.Sum(c => c.Calls), texts);
        return
        [
            title,
            new TextBlock(texts.Get("Lead.Completion", ReflectionFigures.Share(thisWeek.Completed, thisWeek.Calls, texts), period)),
            new TextBlock(texts["Lead.PerCounsellor"]) { IsSubtle = true, Spacing = "Small" },
            new FactSet([.. counsellors.Select(c => new Fact(c.Counsellor.Name, ReflectionFigures.Share(c.Completed, c.Calls, texts)))]),
        ];
    }

    /// <summary>The reflections whose private text its counsellor shared with the coordinator, each with a button to read it.</summary>
    public static IReadOnlyList<CardElement> Shared(IReadOnlyList<Reflection> shared, ReflectionLabels labels, Texts texts)
    {
        List<CardElement> part =
        [
            new TextBlock(texts["Shared.Title"]) { Weight = "Bolder" },
            new TextBlock(texts["Shared.Intro"]) { IsSubtle = true },
        ];
        if (shared.Count == 0)
        {
            part.Add(new TextBlock(texts["Shared.None"]));
            return part;
        }

        foreach (var reflection in shared.Take(MaxShared))
        {
            var answers = reflection.Answers!;
            var line = texts.Get("Shared.Item", reflection.Counsellor.Name, labels.When(reflection.IssuedAt), labels.ContactForm(answers.ContactForm), answers.Minutes);
            part.Add(new Container(
            [
                new TextBlock(line),
                new ActionSet([ExecuteAction.For(texts["Shared.Read"], ReadSharedReflectionPress.For(reflection))]),
            ]) { Spacing = "Small" });
        }

        if (shared.Count > MaxShared)
        {
            part.Add(new TextBlock(texts.Get("Shared.More", MaxShared, shared.Count)) { IsSubtle = true });
        }

        return part;
    }

    /// <summary>Which reflections may be listed as shared: submitted, shared by their counsellor, with a private text still kept.</summary>
    public static bool IsReadable(Reflection reflection) =>
        reflection is { State: ReflectionState.Submitted, Answers.Share: true, HasPrivateText: true };
}
