using Stopwatch = System.Diagnostics.Stopwatch;
using Bot.Protocol.Activities;
using Bot.Protocol.Connector;
using Bot.Protocol.Hosting;
using Bot.Protocol.Invoke;
using TeamsBot.Cards;
using TeamsBot.Guidance.Cards;
using TeamsBot.Guidance.Content;
using TeamsBot.Localization;
using TeamsBot.Organisation;
using TeamsBot.Shifts;

namespace TeamsBot.Guidance;

/// <summary>
/// <c>/vejledning</c> (<c>/guide</c>) and <c>/henvis</c> (<c>/referral</c>) with or without search words, anywhere: the
/// answer goes where the command was typed (in a channel, into its thread), and repeats only the cleaned search words.
/// Its buttons answer with a new message in the same place.
/// </summary>
public sealed class GuidanceHandler(IGuidanceDirectory directory, IGuidanceSearch search, OrganisationClock clock, Texts<Strings> texts, ILogger<GuidanceHandler> log)
{
    public Task OnGuideAsync(TurnContext turn, CancellationToken cancellationToken) => OnCommandAsync(turn, GuidanceKind.Procedure, cancellationToken);

    public Task OnReferralAsync(TurnContext turn, CancellationToken cancellationToken) => OnCommandAsync(turn, GuidanceKind.Referral, cancellationToken);

    public async Task<InvokeResponse> OnPressAsync(TurnContext turn, GuidanceSearchPress press, CancellationToken cancellationToken)
    {
        var kind = press.KindToSearch();
        var card = press.EntryId is { } id && directory.Current.Find(id) is { } entry
            ? GuidanceResultsCard.Build(new GuidanceResultsView(kind, null, [Hit(entry)], clock.Now, clock.Zone), texts)
            : Answer(kind, GuidanceQuery.Clean(press.Words));
        try
        {
            await turn.SendAsync(Activity.CardMessage(card), cancellationToken);
        }
        catch (ConnectorException e)
        {
            GuidanceLog.PressAnswerFailed(log, e);
            return AdaptiveCardInvokeResponse.Message(texts["Press.Failed"]);
        }

        return AdaptiveCardInvokeResponse.Message(texts["Press.Sent"]);
    }

    private Task OnCommandAsync(TurnContext turn, GuidanceKind kind, CancellationToken cancellationToken) =>
        turn.ReplyAsync(Activity.CardMessage(Answer(kind, GuidanceQuery.Clean(CommandTime.Argument(turn.CommandText)))), cancellationToken);

    /// <summary>The list when there are no words, else the best matches, else "no match" with the closest tags.</summary>
    internal AdaptiveCard Answer(GuidanceKind kind, string words)
    {
        var snapshot = directory.Current;
        if (words.Length == 0)
        {
            var list = GuidanceMenuCard.List(kind, snapshot, texts);
            GuidanceLog.Listed(log, kind, kind == GuidanceKind.Procedure ? snapshot.OfKind(kind).Count() : GuidanceMenuCard.Categories(snapshot).Count);
            return list;
        }

        var started = Stopwatch.GetTimestamp();
        var results = search.Search(words, kind, GuidanceResultsCard.MaxHits);
        GuidanceLog.Searched(log, kind, words.Split(' ').Length, results.Hits.Count, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return results.Hits.Count == 0
            ? GuidanceMenuCard.NoMatch(kind, words, results.SuggestedTags, snapshot, texts)
            : GuidanceResultsCard.Build(new GuidanceResultsView(kind, words, [.. results.Hits.Select(Hit)], clock.Now, clock.Zone), texts);
    }

    private GuidanceHit Hit(GuidanceEntry entry) => new(entry, OpeningHoursStatus.StatusAt(entry.Hours, clock.Now, clock.Zone));
}
