using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Sparring;

/// <summary>A colleague on duty now, with a link to chat with them in Teams when their sign-in name is known.</summary>
public sealed record DutyColleague(string Name, Uri? Chat);

/// <summary>
/// What a request's cards show beside the request itself, read once per publish: since when the counsellor has been on
/// shift, the Teams call links both ways (null when the sign-in name is unknown: then no button, and the card says to
/// expect the call), and, once nobody has answered, the colleagues on duty and the configured emergency text (null: the
/// built-in one, in the card's language).
/// </summary>
public sealed record RequestCardFacts(DateTimeOffset? OnShiftSince, Uri? CallCounsellor, Uri? CallAccepter, IReadOnlyList<DutyColleague> Colleagues, string? EmergencyText)
{
    public static RequestCardFacts None { get; } = new(null, null, null, [], null);
}

/// <summary>What the request cards share: the urgency in words, times in the organisation's zone, the facts block.</summary>
internal static class RequestCardParts
{
    public static string Urgency(SparringUrgency urgency, Texts<Strings> texts) => texts["Request.Urgency." + SparringUrgencies.Value(urgency)];

    public static string Time(DateTimeOffset at, OrganisationClock clock) => Texts.Time(clock.Local(at));

    /// <summary>Who, how soon, since when asked and on shift, and the note while the request holds one.</summary>
    public static FactSet Facts(SparringRequest request, RequestCardFacts facts, OrganisationClock clock, Texts<Strings> texts, bool withNote)
    {
        List<Fact> list =
        [
            new(texts["Request.Fact.Urgency"], Urgency(request.Urgency, texts)),
            new(texts["Request.Fact.Asked"], Time(request.CreatedAt, clock)),
            new(texts["Request.Fact.OnShift"], facts.OnShiftSince is { } since ? texts.Get("Request.OnShiftSince", Time(since, clock)) : texts["Request.NotOnShift"]),
        ];
        if (withNote && request.Note is { } note)
        {
            list.Add(new(texts["Request.Fact.Note"], note));
        }

        return new FactSet(list);
    }

    public static string NameOf(Person? person, Texts<Strings> texts) => person?.Name is { Length: > 0 } name ? name : texts["Request.Someone"];
}
