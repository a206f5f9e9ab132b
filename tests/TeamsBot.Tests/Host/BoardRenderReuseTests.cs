using Microsoft.Extensions.DependencyInjection;
using TeamsBot.Organisation;
using TeamsBot.Shifts;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Host;

/// <summary>A button's answer is the board the press just published: the board is read once per press, not twice.</summary>
public sealed class BoardRenderReuseTests
{
    [Fact]
    public async Task CheckInButton_AnswersWithThePublishedBoard_ReadingTheBoardOnce()
    {
        CountingShiftStore? store = null;
        using var bot = new BotFactory(configure: services => services.AddSingleton<IShiftStore>(sp =>
            store = new CountingShiftStore(ActivatorUtilities.CreateInstance<TableShiftStore>(sp))));
        var client = bot.CreateClient();
        await client.PostAsync(Activities.ChannelMessage("29:bo", "Bo Hansen", "/checkin"));
        var before = store!.BoardReads;

        var response = await client.PostAsync(Activities.CardAction("29:anna", "Anna Jensen", ShiftVerbs.CheckIn));

        Assert.Equal(1, store.BoardReads - before);
        var answered = await response.Content.ReadAsStringAsync();
        Assert.Contains("Anna Jensen", answered, StringComparison.Ordinal);
        Assert.Equal(["Anna Jensen", "Bo Hansen"], bot.Connector.BoardMessages()[^1].Card().OnDutyNames()); // Same minute: by name.
    }

    private sealed class CountingShiftStore(IShiftStore inner) : IShiftStore
    {
        private int _boardReads;

        public int BoardReads => Volatile.Read(ref _boardReads);

        public Task<IReadOnlyList<Shift>> GetBoardShiftsAsync(string channelId, DateOnly day, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _boardReads);
            return inner.GetBoardShiftsAsync(channelId, day, cancellationToken);
        }

        public Task<(bool Started, Shift Shift)> StartAsync(Shift shift, CancellationToken cancellationToken) => inner.StartAsync(shift, cancellationToken);

        public Task<Shift?> GetOpenAsync(string channelId, string counsellorId, CancellationToken cancellationToken) => inner.GetOpenAsync(channelId, counsellorId, cancellationToken);

        public Task<Shift?> GetOpenAnywhereAsync(string counsellorId, CancellationToken cancellationToken) => inner.GetOpenAnywhereAsync(counsellorId, cancellationToken);

        public Task<Shift?> CloseAsync(Shift open, DateTimeOffset at, ShiftEnd ending, DateOnly checkoutDay, CancellationToken cancellationToken) =>
            inner.CloseAsync(open, at, ending, checkoutDay, cancellationToken);

        public Task<IReadOnlyList<Shift>> GetOpenStartedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => inner.GetOpenStartedBeforeAsync(cutoff, cancellationToken);

        public Task<Shift?> GetClosedAsync(ShiftRef shift, CancellationToken cancellationToken) => inner.GetClosedAsync(shift, cancellationToken);

        public Task<Shift?> MarkClosedDownAsync(ShiftRef shift, DateTimeOffset at, CancellationToken cancellationToken) => inner.MarkClosedDownAsync(shift, at, cancellationToken);
    }
}
