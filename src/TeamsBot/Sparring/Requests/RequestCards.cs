using Bot.Protocol.Activities;
using Microsoft.Extensions.Options;
using TeamsBot.Cards;
using TeamsBot.Conversations;
using TeamsBot.Localization;
using TeamsBot.Organisation;
using TeamsBot.Shifts;

namespace TeamsBot.Sparring;

/// <summary>
/// Every card a request has, one live card per person (the counsellor's, each one it went to, the one who took it) and
/// the duty channel's ask, each under its own key in the request's partition, so a press anywhere updates them all in place.
/// </summary>
public sealed class RequestCards(ISparringRequestStore store, LiveCards live, LiveCardMessages messages, PersonalChat personal, PeopleDirectory people,
    ConversationReferenceStore references, RequestCardFactsReader factsReader,
    OrganisationClock clock, IOptions<ShiftOptions> shiftOptions, Texts<Strings> texts)
{
    public static LiveCardKey CounsellorKey(string requestId) => new(SparringFeature.RequestsTable, requestId, "card:counsellor");

    public static LiveCardKey ResponderKey(string requestId, string teamsId) => new(SparringFeature.RequestsTable, requestId, "card:to:" + teamsId);

    public static LiveCardKey ChannelKey(string requestId) => new(SparringFeature.RequestsTable, requestId, "card:channel");

    public Task<RequestCardFacts> FactsAsync(SparringRequest request, CancellationToken cancellationToken, KnownShift? known = null) =>
        factsReader.ReadAsync(request, cancellationToken, known);

    /// <param name="firstPost">The request's first step: nobody has a card of it yet, so there is no message to look up.</param>
    public Task<LiveCardResult> CounsellorAsync(SparringRequest request, RequestCardFacts facts, CancellationToken cancellationToken, bool firstPost = false) =>
        live.PublishAsync(CounsellorKey(request.Id), new LiveCardPlace.PersonalChat(request.Counsellor.TeamsId, request.Counsellor.EntraId),
            async ct =>
            {
                var (latest, latestFacts) = await LatestAsync(request, facts, firstPost, ct);
                return InCulture(request.Counsellor.Locale, () => CounsellorRequestCard.Build(latest, latestFacts, clock, texts));
            }, null, cancellationToken, firstPost: firstPost);

    /// <summary>
    /// The card of <paramref name="recipient"/> (someone it went to, or who took it). Someone known only by Entra id whose Teams
    /// id the directory does not know yet gets a card that cannot be updated later (the chat is created by Entra id).
    /// </summary>
    public async Task<LiveCardResult> ResponderAsync(SparringRequest request, Recipient recipient, string? locale, RequestCardFacts facts, CancellationToken cancellationToken,
        bool firstPost = false)
    {
        var teamsId = recipient.TeamsId ?? (recipient.EntraId is { } entraId ? (await people.FindAsync(entraId, cancellationToken))?.TeamsId : null);
        // Not known from the request (recipients are kept by id): the language their Teams last spoke to the bot in.
        locale ??= teamsId is null ? null : (await references.GetUserAsync(teamsId, cancellationToken))?.Locale;
        AdaptiveCard Render() => InCulture(locale, () => ResponderRequestCard.Build(request, recipient, facts, clock, texts));
        if (teamsId is not null)
        {
            return await live.PublishAsync(ResponderKey(request.Id, teamsId), new LiveCardPlace.PersonalChat(teamsId, recipient.EntraId), async ct =>
            {
                var (latest, latestFacts) = await LatestAsync(request, facts, firstPost, ct);
                return InCulture(locale, () => ResponderRequestCard.Build(latest, recipient, latestFacts, clock, texts));
            }, null, cancellationToken, firstPost: firstPost);
        }

        var card = Render();
        var sent = await personal.SendAsync(recipient.ToAddress(), Activity.CardMessage(card), cancellationToken);
        return new LiveCardResult(card, sent.Sent, sent.ActivityId);
    }

    /// <summary>The ask in the duty channel: posted in <paramref name="channelId"/>, or updated where it was posted when null.</summary>
    public async Task<LiveCardResult> ChannelAsync(SparringRequest request, string? channelId, CancellationToken cancellationToken)
    {
        var key = ChannelKey(request.Id);
        if ((channelId ?? (await messages.GetAsync(key, cancellationToken))?.ConversationId) is not { } channel)
        {
            return LiveCardResult.Failed;
        }

        return await live.PublishAsync(key, new LiveCardPlace.Channel(channel), async ct =>
        {
            var latest = await store.GetAsync(request.Id, ct) ?? request;
            return InCulture(shiftOptions.Value.BoardLanguage, () => DutyChannelAskCard.Build(latest, texts));
        }, null, cancellationToken);
    }

    /// <summary>
    /// What a card is rendered from: the request as stored when the render runs, not as the caller saw it. Renders of one
    /// card run one at a time, so the last one shows the latest state even when a step and a press race: a step's "open"
    /// card must never land after "Anne has taken it". The caller's facts are kept while they still fit the state. A
    /// first post needs no read: nobody else knows the request yet.
    /// </summary>
    private async Task<(SparringRequest Request, RequestCardFacts Facts)> LatestAsync(SparringRequest seen, RequestCardFacts facts, bool firstPost,
        CancellationToken cancellationToken)
    {
        if (firstPost || await store.GetAsync(seen.Id, cancellationToken) is not { } stored)
        {
            return (seen, facts);
        }

        return stored.State == seen.State && stored.AskedOnDuty == seen.AskedOnDuty ? (stored, facts) : (stored, await FactsAsync(stored, cancellationToken));
    }

    /// <summary>
    /// Brings every card of the request up to date (after an accept, decline, cancel, done or expiry); returns the card of
    /// <paramref name="presser"/>, when they have one, to answer their press with.
    /// </summary>
    public async Task<AdaptiveCard?> EveryoneAsync(SparringRequest request, Person? presser, CancellationToken cancellationToken)
    {
        var facts = await FactsAsync(request, cancellationToken);
        List<(Recipient Who, string? Locale)> responders = [.. request.EveryoneRoutedTo().Select(r => (r, LocaleOf(r, presser, request.AcceptedBy)))];
        if (request.AcceptedBy is { } by && !responders.Exists(r => r.Who.Is(by)))
        {
            responders.Add((Recipient.Of(by), by.Locale));
        }

        var counsellor = CounsellorAsync(request, facts, cancellationToken);
        var cards = responders.Select(r => ResponderAsync(request, r.Who, r.Locale, facts, cancellationToken)).ToList();
        var channel = request.AskedOnDuty ? ChannelAsync(request, null, cancellationToken) : Task.FromResult(LiveCardResult.Failed);
        await Task.WhenAll([counsellor, channel, .. cards]);
        if (presser is null)
        {
            return null;
        }

        var index = responders.FindIndex(r => r.Who.Is(presser));
        return Recipient.Of(request.Counsellor).Is(presser) ? counsellor.Result.Card : index >= 0 ? cards[index].Result.Card : null;
    }

    private static string? LocaleOf(Recipient who, Person? presser, Person? accepter) =>
        presser is not null && who.Is(presser) ? presser.Locale : accepter is not null && who.Is(accepter) ? accepter.Locale : null;

    private static AdaptiveCard InCulture(string? locale, Func<AdaptiveCard> build) => BotCultures.In(BotCultures.For(locale), build);
}
