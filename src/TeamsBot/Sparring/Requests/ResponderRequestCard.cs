using TeamsBot.Cards;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Sparring;

/// <summary>
/// The card of someone a request went to (the on-call supervisor, the backup, a coordinator) or who took it from the duty
/// channel, in their 1:1 chat, kept up to date in place: who asks, how soon, the note, since when on shift, and the
/// buttons; then "you took it" with the call link and Done, who else took it, or how it ended.
/// </summary>
public static class ResponderRequestCard
{
    public static AdaptiveCard Build(SparringRequest request, Recipient viewer, RequestCardFacts facts, OrganisationClock clock, Texts<Strings> texts)
    {
        var counsellor = RequestCardParts.NameOf(request.Counsellor, texts);
        List<CardElement> body = [TextBlock.Heading(texts.Get("Request.Responder.Heading", counsellor))];
        List<CardAction> actions = [];
        var mine = request.AcceptedBy is { } by && viewer.Is(by);
        if (request.State is SparringRequestState.Open or SparringRequestState.Accepted)
        {
            // Once someone else took it, the counsellor's words are theirs to read, no longer everyone's it went to.
            body.Add(RequestCardParts.Facts(request, facts, clock, texts, withNote: request.State == SparringRequestState.Open || mine));
        }

        var unreachable = request.Steps.SelectMany(s => s.Unreachable).Where(u => !u.Same(viewer)).Select(u => u.Name ?? texts["Request.Someone"]).Distinct().ToList();
        if (request.State == SparringRequestState.Open && unreachable.Count > 0)
        {
            body.Add(new TextBlock(texts.Get("Request.Responder.Unreachable", string.Join(", ", unreachable))) { Color = "Attention" });
        }

        switch (request.State)
        {
            case SparringRequestState.Open:
                var declined = request.Declines.Any(d => d.By.Same(viewer));
                body.Add(new TextBlock(texts[declined ? "Request.Responder.Declined" : "Request.Responder.Ask"]));
                actions.Add(ExecuteAction.For(texts["Request.Accept"], new AcceptSparringPress(request.Id)) with { Style = "positive" });
                if (!declined && request.WasRoutedTo(viewer))
                {
                    actions.Add(ExecuteAction.For(texts["Request.Decline"], new DeclineSparringPress(request.Id)));
                }

                break;
            case SparringRequestState.Accepted when mine:
                body.Add(new TextBlock(texts.Get(facts.CallCounsellor is null ? "Request.Responder.YoursNoLink" : "Request.Responder.Yours", counsellor)) { Weight = "Bolder" });
                if (facts.CallCounsellor is { } call)
                {
                    actions.Add(new OpenUrlAction(texts.Get("Request.CallPerson", counsellor), call));
                }

                actions.Add(ExecuteAction.For(texts["Request.Done"], new DoneSparringPress(request.Id)));
                actions.Add(ExecuteAction.For(texts["Request.DoneFollowUp"], new DoneSparringPress(request.Id, FollowUp: true)));
                break;
            case SparringRequestState.Accepted:
                body.Add(new TextBlock(texts.Get("Request.Responder.TakenBy", RequestCardParts.NameOf(request.AcceptedBy, texts))));
                break;
            case SparringRequestState.Done when mine:
                body.Add(new TextBlock(texts[request.FollowUpNeeded ? "Request.Responder.DoneFollowUp" : "Request.Responder.Done"]));
                break;
            case SparringRequestState.Done:
                body.Add(new TextBlock(texts.Get("Request.Responder.TakenBy", RequestCardParts.NameOf(request.AcceptedBy, texts))));
                break;
            default:
                body.Add(new TextBlock(texts.Get("Request.Responder." + request.State, counsellor)));
                break;
        }

        return new AdaptiveCard(body, actions.Count > 0 ? actions : null);
    }
}

/// <summary>
/// The short, content-free ask in the duty channel once nobody has answered: a name and a button, never the note or the
/// urgency. Anyone on duty now may take it; the card then says who did, and goes quiet when the request closes.
/// </summary>
public static class DutyChannelAskCard
{
    public static AdaptiveCard Build(SparringRequest request, Texts<Strings> texts)
    {
        var counsellor = RequestCardParts.NameOf(request.Counsellor, texts);
        List<CardElement> body = [new TextBlock(texts.Get("Request.Channel.Ask", counsellor)) { Weight = "Bolder" }];
        List<CardAction>? actions = null;
        switch (request.State)
        {
            case SparringRequestState.Open:
                body.Add(new TextBlock(texts["Request.Channel.HowTo"]));
                actions = [ExecuteAction.For(texts["Request.Accept"], new AcceptSparringPress(request.Id)) with { Style = "positive" }];
                break;
            case SparringRequestState.Accepted or SparringRequestState.Done:
                body.Add(new TextBlock(texts.Get("Request.Channel.TakenBy", RequestCardParts.NameOf(request.AcceptedBy, texts))));
                break;
            default:
                body.Add(new TextBlock(texts["Request.Channel.Closed"]) { IsSubtle = true });
                break;
        }

        return new AdaptiveCard(body, actions);
    }
}
