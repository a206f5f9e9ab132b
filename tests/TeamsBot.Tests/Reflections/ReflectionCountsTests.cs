using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Organisation;
using TeamsBot.Overview;
using TeamsBot.Reflections;
using TeamsBot.Reflections.Overview;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Reflections;

/// <summary>The coordinators' counts: what is counted where, and the group-of-3 rule.</summary>
public sealed class ReflectionCountsTests
{
    private static readonly OrganisationClock Clock = new(new FakeTimeProvider(), Options.Create(new OrganisationOptions()));
    private static readonly Person Anna = new("29:anna", "Anna Jensen");
    private static readonly Person Bo = new("29:bo", "Bo Hansen");
    private static readonly Person Di = new("29:di", "Di Holm");

    // Tuesday 24 November 2026 is in ISO week 48; the Tuesday before in week 47.
    private static readonly DateTimeOffset Week48 = new(2026, 11, 24, 17, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset Week47 = Week48.AddDays(-7);
    private static readonly IReadOnlyList<IsoWeek> Weeks = IsoWeek.Recent(DateOnly.FromDateTime(Week48.DateTime), 2);

    private static Reflection Issued(Person counsellor, DateTimeOffset at) => Reflection.Issue(counsellor, null, at);

    private static Reflection Submitted(Person counsellor, DateTimeOffset at, ContactForm form = ContactForm.Phone, int minutes = 20, string[]? topics = null,
        bool childConcern = false, int? feeling = 3, SparringNeed sparring = SparringNeed.None) =>
        Issued(counsellor, at) with
        {
            State = ReflectionState.Submitted,
            SubmittedAt = at.AddMinutes(10),
            Answers = new ReflectionAnswers(form, minutes, topics ?? ["divorce"], [], childConcern, feeling, sparring, Share: false),
        };

    [Fact]
    public void PerWeek_FormsInTwoWeeks_CountsEachInTheWeekItWasIssued()
    {
        Reflection[] reflections =
        [
            Submitted(Anna, Week48, ContactForm.Phone, 25, childConcern: true, sparring: SparringNeed.Now),
            Submitted(Bo, Week48.AddHours(1), ContactForm.Chat, 40, sparring: SparringNeed.AfterShift),
            Issued(Anna, Week48.AddHours(2)),
            Submitted(Di, Week47, ContactForm.Phone, 10),
        ];

        var weeks = ReflectionCounts.PerWeek(reflections, Weeks, Clock.DayOf);

        var now = weeks[0];
        Assert.Equal((3, 2, 65, 1), (now.Calls, now.Completed, now.Minutes, now.ChildConcerns));
        Assert.Equal(new Dictionary<ContactForm, int> { [ContactForm.Phone] = 1, [ContactForm.Chat] = 1 }, now.ContactForms);
        Assert.Equal(new Dictionary<SparringNeed, int> { [SparringNeed.Now] = 1, [SparringNeed.AfterShift] = 1 }, now.SparringNeeds);
        Assert.Equal((1, 1, 10), (weeks[1].Calls, weeks[1].Completed, weeks[1].Minutes));
    }

    [Fact]
    public void PerWeek_CompletedByTwoCounsellors_HoldsBackTopicsAndFeelings()
    {
        // Five reflections, but from two people: a breakdown would show what each of them answered.
        Reflection[] reflections = [.. Enumerable.Range(0, 4).Select(i => Submitted(Anna, Week48.AddHours(i))), Submitted(Bo, Week48)];

        var week = ReflectionCounts.PerWeek(reflections, Weeks, Clock.DayOf)[0];

        Assert.Equal(5, week.Completed);
        Assert.Null(week.Topics);
        Assert.Null(week.Feelings);
    }

    [Fact]
    public void PerWeek_ThreeCounsellorsCalledButTwoCompleted_HoldsBackTopicsAndFeelings()
    {
        Reflection[] reflections = [Submitted(Anna, Week48), Submitted(Bo, Week48), Issued(Di, Week48)];

        var week = ReflectionCounts.PerWeek(reflections, Weeks, Clock.DayOf)[0];

        Assert.Null(week.Topics);
    }

    [Fact]
    public void PerWeek_CompletedByThreeCounsellorsWhoAllAnswered_ShowsTopicsAndFeelings()
    {
        Reflection[] reflections =
        [
            Submitted(Anna, Week48, topics: ["divorce", "loneliness"], feeling: 2),
            Submitted(Bo, Week48, topics: ["divorce"], feeling: 4),
            Submitted(Di, Week48, topics: ["other"], feeling: 4),
        ];

        var week = ReflectionCounts.PerWeek(reflections, Weeks, Clock.DayOf)[0];

        Assert.Equal(new Dictionary<string, int> { ["divorce"] = 2, ["loneliness"] = 1, ["other"] = 1 }, week.Topics);
        Assert.Equal(new Dictionary<int, int> { [2] = 1, [4] = 2 }, week.Feelings);
    }

    [Fact]
    public void PerWeek_ThreeCompletedButFewerThanThreeAnsweredABreakdown_HoldsThatBreakdownBack()
    {
        // Topics and feeling are optional: what Anna and Bo alone answered must not be shown as a group's.
        Reflection[] reflections =
        [
            Submitted(Anna, Week48, topics: ["divorce"], feeling: 2),
            Submitted(Bo, Week48, topics: ["divorce"], feeling: null),
            Submitted(Di, Week48, topics: [], feeling: 5),
        ];

        var week = ReflectionCounts.PerWeek(reflections, Weeks, Clock.DayOf)[0];

        Assert.Null(week.Topics);
        Assert.Null(week.Feelings);
    }

    [Fact]
    public void PerWeek_DeletedReflection_CountsNowhere()
    {
        var deleted = Submitted(Anna, Week48) with { State = ReflectionState.Deleted, Answers = null, DeletedAt = Week48.AddDays(1) };

        var week = ReflectionCounts.PerWeek([deleted, Submitted(Bo, Week48)], Weeks, Clock.DayOf)[0];

        Assert.Equal((1, 1), (week.Calls, week.Completed));
        Assert.DoesNotContain(ReflectionCounts.PerCounsellor([deleted]), c => c.Counsellor == Anna);
    }

    [Fact]
    public void PerCounsellor_AcrossTheWeeks_CallsAndCompletedLowestShareFirst()
    {
        Reflection[] reflections =
        [
            Submitted(Anna, Week48), Submitted(Anna, Week47),
            Submitted(Bo, Week48), Issued(Bo, Week47), Issued(Bo, Week48),
            Submitted(Di, Week47), Issued(Di, Week48),
        ];

        var counsellors = ReflectionCounts.PerCounsellor(reflections);

        Assert.Equal(
            [new CounsellorReflections(Bo, 3, 1), new CounsellorReflections(Di, 2, 1), new CounsellorReflections(Anna, 2, 2)],
            counsellors);
    }

    [Theory]
    [InlineData("da-DK", 8, 10, "8 af 10 (80 %)")]
    [InlineData("en-GB", 2, 3, "2 of 3 (67%)")]
    [InlineData("da-DK", 0, 0, "–")]
    public void Share_PartOfWhole_ReadsAsCountAndPercent(string culture, int part, int whole, string expected)
    {
        using var _ = TestTexts.Culture(culture);

        Assert.Equal(expected, ReflectionFigures.Share(part, whole, TestTexts.Create<TeamsBot.Reflections.Overview.Strings>()));
    }
}
