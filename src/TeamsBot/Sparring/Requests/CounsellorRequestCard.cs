using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Sparring;

/// <summary>
/// The counsellor's own card about their request, in their 1:1 chat, kept up to date in place: where it went, that
/// nobody has answered yet (honestly, with the emergency text and the colleagues on duty), who is calling, or how it ended.
/// </summary>
public static class CounsellorRequestCard
{
    public static AdaptiveCard Build(SparringRequest request, RequestCardFacts facts, OrganisationClock clock, Texts<Strings> texts)
    {
        List<CardElement> body = [TextBlock.Heading(texts["Request.Counsellor.Heading"])];
        List<CardAction> actions = [];
        switch (request.State)
        {
            case SparringRequestState.Open when request.AskedOnDuty:
                body.Add(new TextBlock(texts["Request.Counsellor.NobodyAnswered"]));
                body.Add(new TextBlock(facts.EmergencyText ?? texts["Request.Emergency.Default"]) { Weight = "Bolder" });
                body.AddRange(ColleagueElements(facts.Colleagues, texts));
                break;
            case SparringRequestState.Open when request.OnCallPrimary is null:
                body.Add(new TextBlock(texts["Request.Counsellor.NobodyOnCall"]));
                break;
            case SparringRequestState.Open when request.Steps.Any(s => s.Unreachable.Any(u => u.Is(request.OnCallPrimary))):
                body.Add(new TextBlock(texts.Get("Request.Counsellor.PassedOn", RequestCardParts.NameOf(request.OnCallPrimary, texts))));
                break;
            case SparringRequestState.Open:
                body.Add(new TextBlock(texts.Get("Request.Counsellor.SentTo", RequestCardParts.NameOf(request.OnCallPrimary, texts))));
                break;
            case SparringRequestState.Accepted:
                var accepter = RequestCardParts.NameOf(request.AcceptedBy, texts);
                body.Add(new TextBlock(texts.Get(facts.CallAccepter is null ? "Request.Counsellor.CallingNoLink" : "Request.Counsellor.Calling", accepter)) { Weight = "Bolder" });
                if (facts.CallAccepter is { } call)
                {
                    actions.Add(new OpenUrlAction(texts.Get("Request.CallPerson", accepter), call));
                }

                break;
            default:
                body.Add(new TextBlock(texts["Request.Counsellor." + request.State]));
                break;
        }

        if (request.State is SparringRequestState.Open or SparringRequestState.Accepted)
        {
            body.Add(RequestCardParts.Facts(request, facts, clock, texts, withNote: true));
            body.Add(new TextBlock(texts["Request.Counsellor.Normal"]) { IsSubtle = true, Spacing = "Medium" });
            actions.Add(ExecuteAction.For(texts["Request.Cancel"], new CancelSparringPress(request.Id)));
        }

        return new AdaptiveCard(body, actions.Count > 0 ? actions : null);
    }

    /// <summary>Who else is on duty, as chat buttons where Teams can open a chat, and as names where it cannot.</summary>
    private static IEnumerable<CardElement> ColleagueElements(IReadOnlyList<DutyColleague> colleagues, Texts<Strings> texts)
    {
        if (colleagues.Count == 0)
        {
            yield return new TextBlock(texts["Request.Counsellor.NoColleagues"]) { IsSubtle = true };
            yield break;
        }

        yield return new TextBlock(texts["Request.Counsellor.Colleagues"]);
        var withLink = colleagues.Where(c => c.Chat is not null).ToList();
        if (withLink.Count > 0)
        {
            yield return new ActionSet([.. withLink.Select(c => new OpenUrlAction(texts.Get("Request.ChatWith", c.Name), c.Chat!))]);
        }

        var withoutLink = colleagues.Where(c => c.Chat is null).Select(c => c.Name).ToList();
        if (withoutLink.Count > 0)
        {
            yield return new TextBlock(string.Join(", ", withoutLink));
        }
    }
}
