using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Cards;
using TeamsBot.Organisation;
using TeamsBot.Overview;
using TeamsBot.Reflections;
using TeamsBot.Reflections.Mine;
using TeamsBot.Reflections.Overview;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Cards;

/// <summary>The cards of reading reflections (/mine, and the reflections' part of /overblik), from fixed sample data.</summary>
public static class ReadingCardSamples
{
    public static readonly string[] Names =
    [
        "overview-reflections", "shared-reflection", "shared-reflection-unavailable",
        "my-reflections", "my-reflections-empty", "my-reflection", "my-reflections-delete-all",
    ];

    private static readonly Person Anna = new("29:anna", "Anna Jensen");
    private static readonly Person Bo = new("29:bo", "Bo Hansen");
    private static readonly Person Di = new("29:di", "Di Holm");

    private static Reflection Submitted(Person counsellor, DateTimeOffset at, string[] topics, bool share = false, bool childConcern = false,
        SparringNeed sparring = SparringNeed.None, ContactForm form = ContactForm.Phone) =>
        Reflection.Issue(counsellor, null, at) with
        {
            FormId = $"form-{counsellor.Name[..2].ToLowerInvariant()}-{at:ddHHmm}",
            State = ReflectionState.Submitted,
            SubmittedAt = at.AddMinutes(10),
            Answers = new ReflectionAnswers(form, 25, topics, ["gp"], childConcern, 4, sparring, share),
            ProtectedPrivateText = share ? "protected" : null,
        };

    /// <summary>Week 48 with reflections from three counsellors (topics shown), week 47 from one (held back).</summary>
    private static IReadOnlyList<Reflection> Reflections() =>
    [
        Submitted(Anna, CardSamples.At(17, 5), ["divorce", "violence"], share: true, childConcern: true, sparring: SparringNeed.Now),
        Submitted(Bo, CardSamples.At(18, 30), ["divorce"], form: ContactForm.Chat),
        Submitted(Di, CardSamples.At(20, 0), ["loneliness"], sparring: SparringNeed.AfterShift),
        Reflection.Issue(Di, null, CardSamples.At(21, 0)) with { FormId = "form-di-open" },
        Submitted(Anna, CardSamples.At(17, 0).AddDays(-7), ["other"]),
    ];

    public static AdaptiveCard Build(string name)
    {
        var clock = new OrganisationClock(new FakeTimeProvider(CardSamples.At(22, 0)), Options.Create(new OrganisationOptions()));
        var labels = new ReflectionLabels(Options.Create(new ReflectionOptions()), clock, TestTexts.Create<TeamsBot.Reflections.Mine.Strings>());
        var overview = TestTexts.Create<TeamsBot.Reflections.Overview.Strings>();
        var mine = TestTexts.Create<TeamsBot.Reflections.Mine.Strings>();
        var back = ExecuteAction.For(TestTexts.Create<TeamsBot.Overview.Strings>()["Overview.Back"], new ShowOverviewPress());
        var anna = Reflections()[0];
        return name switch
        {
            "overview-reflections" => Overview(clock, labels, overview),
            "shared-reflection" => SharedReflectionCard.Build(anna, "Jeg tænker stadig på moren.", labels, back, overview),
            "shared-reflection-unavailable" => SharedReflectionCard.Unavailable(back, overview),
            "my-reflections" => MyReflectionsCard.Build([.. Reflections().Where(r => r.Counsellor == Anna)], labels, mine, mine.Get("Mine.Deleted", labels.When(CardSamples.At(16, 0)))),
            "my-reflections-empty" => MyReflectionsCard.Build([], labels, mine),
            "my-reflection" => MyReflectionCard.Build(anna, "Jeg tænker stadig på moren.", 30, labels, mine),
            "my-reflections-delete-all" => DeleteAllCard.Build(mine),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    private static AdaptiveCard Overview(OrganisationClock clock, ReflectionLabels labels, TeamsBot.Localization.Texts texts)
    {
        var weeks = IsoWeek.Recent(CardSamples.Day, 2);
        var reflections = Reflections();
        var perWeek = ReflectionCounts.PerWeek(reflections, weeks, clock.DayOf);
        var section = new OverviewSection(texts["Section"], ReflectionFigures.For(perWeek, labels, texts))
        {
            Lead = ReflectionOverviewParts.Lead(perWeek[0], ReflectionCounts.PerCounsellor(reflections), texts),
            After = ReflectionOverviewParts.Shared([.. reflections.Where(ReflectionOverviewParts.IsReadable)], labels, texts),
        };
        return OverviewCard.Build(weeks, [section], TestTexts.Create<TeamsBot.Overview.Strings>());
    }
}
