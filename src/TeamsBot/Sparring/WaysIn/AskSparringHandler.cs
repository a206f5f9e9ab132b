using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Sparring.WaysIn;

/// <summary>
/// A <b>Sparring</b> press on a shift card: asks for sparring now for whoever pressed and answers with a message, never
/// a card (a card would replace the board, or the checklist, in the presser's Teams). The request's own card, with
/// Cancel, goes to their 1:1 chat; the answer says to look there.
/// </summary>
public sealed class AskSparringHandler(SparringAsk ask, Texts<Strings> texts)
{
    public async Task<InvokeResponse> OnAskAsync(TurnContext turn, AskSparringPress press, CancellationToken cancellationToken)
    {
        if (turn.ActsForSomeoneElse(press.CounsellorId))
        {
            return AdaptiveCardInvokeResponse.Message(texts["Ask.OnlySelf"]);
        }

        var wayIn = press.CounsellorId is null ? SparringWayIn.Board : SparringWayIn.StartCard;
        return AdaptiveCardInvokeResponse.Message(ask.Describe(await ask.AskAsync(turn.Actor(), SparringUrgency.Now, wayIn, cancellationToken)));
    }

    /// <summary>A Sparring button whose data cannot be read still means "I would like to talk to someone": asked for the presser.</summary>
    public async Task<InvokeResponse> OnUnreadableAsync(TurnContext turn, AdaptiveCardAction action, CancellationToken cancellationToken) =>
        AdaptiveCardInvokeResponse.Message(ask.Describe(await ask.AskAsync(turn.Actor(), SparringUrgency.Now, SparringWayIn.Board, cancellationToken)));
}
