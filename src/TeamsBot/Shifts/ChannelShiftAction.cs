using Bot.Protocol.Activities;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using TeamsBot.Conversations;
using TeamsBot.Localization;
using TeamsBot.Organisation;

namespace TeamsBot.Shifts;

/// <summary>
/// What check-in and check-out share: both act in the team's duty channel only (see <see cref="DutyChannels"/>;
/// elsewhere they say where it is and change nothing), for the person who typed or
/// pressed, and answer a typed command by the board alone (or a short reply), a button by the new board.
/// </summary>
public abstract class ChannelShiftAction(ShiftActionServices services)
{
    protected ShiftActionServices Services => services;

    protected Texts Texts => services.Texts;

    /// <summary>
    /// What the work did: a message for the user (null when the board shows the change), the board as published, and
    /// when the change took effect (for the short answer to a typed command).
    /// </summary>
    protected sealed record Outcome(string? Message, LiveCardResult Board, DateTimeOffset? At = null);

    /// <summary>Does the work and publishes the board.</summary>
    protected abstract Task<Outcome> RunAsync(TurnContext turn, string channelId, CancellationToken cancellationToken);

    /// <summary>What a press on an earlier day's board says when it worked (that board itself stays as it was).</summary>
    protected abstract string DoneText { get; }

    /// <summary>What a press or command outside the duty channel says: where to do it instead.</summary>
    protected abstract string PersonalChatText { get; }

    /// <summary>The short answer to a typed command that worked: its time, with a link to the board when there is one.</summary>
    protected abstract string TypedDoneText(string time, Uri? board);

    public async Task OnCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var answer = turn.ChannelId() is not { } channelId ? Activity.TextMessage(PersonalChatText)
            : await services.DutyChannels.ElsewhereTextAsync(turn, withLink: true, cancellationToken) is { } elsewhere ? Activity.TextMessage(elsewhere)
            : TypedAnswer(turn, channelId, await RunAsync(turn, channelId, cancellationToken));
        await turn.ReplyAsync(answer, cancellationToken);
    }

    /// <summary>
    /// In a busy channel the board can be far up, so a typed command that worked is answered where it was typed,
    /// in one line, with a link to the board.
    /// </summary>
    private Activity TypedAnswer(TurnContext turn, string channelId, Outcome outcome)
    {
        if (outcome.Message is { } message)
        {
            return Activity.TextMessage(WithBoardRefusal(message, outcome.Board));
        }

        var time = Texts.Time(services.Clock.Local(outcome.At ?? services.Clock.Now));
        if (outcome.Board.BotRefused)
        {
            return Activity.TextMessage(WithBoardRefusal(TypedDoneText(time, null), outcome.Board));
        }

        var board = outcome.Board.MessageId is { } id ? TeamsLinks.ChannelMessage(turn.Activity, channelId, id) : null;
        var answer = Activity.TextMessage(TypedDoneText(time, board));
        if (board is not null)
        {
            answer.TextFormat = "markdown"; // The link is a Markdown link, which Teams renders only in a Markdown message.
        }

        return answer;
    }

    public async Task<InvokeResponse> OnCardAsync(TurnContext turn, BoardPress press, CancellationToken cancellationToken)
    {
        if (turn.ActsForSomeoneElse(press.CounsellorId))
        {
            return AdaptiveCardInvokeResponse.Message(Texts["Action.OnlySelf"]);
        }

        if (turn.ChannelId() is not { } channelId)
        {
            return AdaptiveCardInvokeResponse.Message(PersonalChatText);
        }

        if (await services.DutyChannels.ElsewhereTextAsync(turn, withLink: false, cancellationToken) is { } elsewhere)
        {
            return AdaptiveCardInvokeResponse.Message(elsewhere);
        }

        var (message, published, _) = await RunAsync(turn, channelId, cancellationToken);
        if (published.BotRefused)
        {
            // The board others see did not change: say so, rather than show this person a board nobody else has.
            return AdaptiveCardInvokeResponse.Message(WithBoardRefusal(message ?? DoneText, published));
        }

        if (press.Day is { } day && day != services.Clock.Today)
        {
            // Answering with today's board would overwrite the old message with it: two boards for today.
            return AdaptiveCardInvokeResponse.Message(message ?? DoneText);
        }

        return message is not null
            ? AdaptiveCardInvokeResponse.Message(message)
            // The board just published is the answer; only when it could not be rendered is it read again.
            : AdaptiveCardInvokeResponse.Card(published.Card ?? await services.Board.BuildCardAsync(channelId, services.Clock.Today, cancellationToken));
    }

    /// <summary>When the connector refused the bot (see <see cref="LiveCardResult.BotRefused"/>), the answer says the board is not posted.</summary>
    private string WithBoardRefusal(string text, LiveCardResult board) =>
        board.BotRefused ? text + " " + Texts["Board.NotPosted"] : text;
}
