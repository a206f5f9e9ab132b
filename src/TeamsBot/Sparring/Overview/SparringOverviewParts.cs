using System.Globalization;
using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Sparring.Overview;

/// <summary>
/// What the sparring section shows first, above the weeks: the requests nobody answered and the follow-ups asked
/// for, by counsellor and time (who took it, for a follow-up), never the note.
/// </summary>
public static class SparringOverviewParts
{
    /// <summary>At most this many of each list, to keep the card within Teams' size limit.</summary>
    public const int MaxListed = 10;

    public static IReadOnlyList<CardElement> Lead(IReadOnlyList<(SparringRequest Request, Unanswered Why)> unanswered,
        IReadOnlyList<SparringRequest> followUps, OrganisationClock clock, Texts texts)
    {
        string When(DateTimeOffset instant) => SparringOverviewParts.When(instant, clock, texts);
        List<CardElement> part = [new TextBlock(texts["Section"]) { Weight = "Bolder" }];
        if (unanswered.Count == 0 && followUps.Count == 0)
        {
            part.Add(new TextBlock(texts["Lead.Nothing"]) { IsSubtle = true });
            return part;
        }

        if (unanswered.Count > 0)
        {
            // Still waiting comes first: those may still be answered; the rest is history to follow up on.
            var ordered = unanswered.OrderBy(u => u.Why == Unanswered.StillOpen ? 0 : 1).ThenByDescending(u => u.Request.CreatedAt).ToList();
            part.Add(new TextBlock(texts["Lead.Unanswered"]) { IsSubtle = true, Spacing = "Small" });
            part.Add(new FactSet([.. ordered.Take(MaxListed).Select(u =>
                new Fact(u.Request.Counsellor.Name, texts.Get("Lead.UnansweredItem", When(u.Request.CreatedAt), texts[$"Unanswered.{u.Why}"])))]));
            AddMore(part, ordered.Count, texts);
        }

        if (followUps.Count > 0)
        {
            part.Add(new TextBlock(texts.Get("Lead.FollowUps", (int)SparringCounts.FollowUpListedFor.TotalDays)) { IsSubtle = true, Spacing = "Small" });
            part.Add(new FactSet([.. followUps.Take(MaxListed).Select(r =>
                new Fact(r.Counsellor.Name, texts.Get("Lead.FollowUpItem", When(r.CreatedAt), TakenBy(r.AcceptedBy, texts))))]));
            AddMore(part, followUps.Count, texts);
        }

        return part;
    }

    /// <summary>"tir. 24. nov. kl. 19.05" in Danish, "Tue 24 Nov at 19:05" in English: local time.</summary>
    public static string When(DateTimeOffset instant, OrganisationClock clock, Texts texts)
    {
        var local = clock.Local(instant);
        var day = local.ToString(CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "da" ? "ddd d. MMM" : "ddd d MMM", CultureInfo.CurrentCulture);
        return texts.Get("When", day, Texts.Time(local));
    }

    private static string TakenBy(Person? person, Texts texts) => person?.Name is { Length: > 0 } name ? name : texts["Lead.Someone"];

    private static void AddMore(List<CardElement> part, int count, Texts texts)
    {
        if (count > MaxListed)
        {
            part.Add(new TextBlock(texts.Get("Lead.More", MaxListed, count)) { IsSubtle = true });
        }
    }
}
