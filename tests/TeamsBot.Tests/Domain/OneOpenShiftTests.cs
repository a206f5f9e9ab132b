using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Organisation;
using TeamsBot.Shifts;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Domain;

/// <summary>One open shift per person, across every channel.</summary>
public sealed class OneOpenShiftTests
{
    private const string Duty = "19:duty@thread.tacv2";
    private const string General = "19:team@thread.tacv2";
    private static readonly Person Anna = new("29:anna", "Anna Jensen", Locale: "da-DK");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero));

    private async Task<(ShiftService Service, TableShiftStore Store, TableClient OnDuty)> CreateAsync()
    {
        var tables = await TestTables.CreateAsync(ShiftsFeature.ShiftsTable, ShiftsFeature.OnDutyTable);
        var store = new TableShiftStore(tables);
        var options = Options.Create(new ShiftOptions { MaxShiftDuration = TimeSpan.FromHours(12) });
        return (new ShiftService(store, new OrganisationClock(_time, Options.Create(new OrganisationOptions())), options), store, tables.Get(ShiftsFeature.OnDutyTable));
    }

    private static async Task<List<Shift>> OpenShiftsAsync(IShiftStore store, IEnumerable<string> channels) =>
        [.. (await Task.WhenAll(channels.Select(c => store.GetOpenAsync(c, Anna.TeamsId, default)))).OfType<Shift>()];

    [Fact]
    public async Task CheckInAsync_SamePersonInEightChannelsAtOnce_ExactlyOneShiftOpens()
    {
        var (service, store, _) = await CreateAsync();
        var channels = Enumerable.Range(0, 8).Select(i => $"19:channel-{i}@thread.tacv2").ToList();

        var results = await Task.WhenAll(channels.Select(c => service.CheckInAsync(c, Anna, default)));

        var started = Assert.Single(results, r => r.Outcome == CheckInOutcome.Started);
        Assert.All(results, r => Assert.Equal(started.Shift.ChannelId, r.Shift.ChannelId));
        Assert.Equal(started.Shift.ChannelId, Assert.Single(await OpenShiftsAsync(store, channels)).ChannelId);
    }

    [Fact]
    public async Task CheckInAsync_OpenInAnotherChannel_ReportsThatShiftAndOpensNone()
    {
        var (service, store, _) = await CreateAsync();
        var first = await service.CheckInAsync(General, Anna, default);
        _time.Advance(TimeSpan.FromMinutes(30));

        var second = await service.CheckInAsync(Duty, Anna, default);

        Assert.Equal(CheckInOutcome.AlreadyOnDuty, second.Outcome);
        Assert.Equal(first.Shift, second.Shift);
        Assert.Null(await store.GetOpenAsync(Duty, Anna.TeamsId, default));
    }

    [Fact]
    public async Task CheckInAsync_AfterCheckOutInAnotherChannel_StartsAgain()
    {
        var (service, _, _) = await CreateAsync();
        await service.CheckInAsync(General, Anna, default);
        await service.CheckOutAsync(General, Anna.TeamsId, default);

        var again = await service.CheckInAsync(Duty, Anna, default);

        Assert.Equal(CheckInOutcome.Started, again.Outcome);
        Assert.Equal(Duty, again.Shift.ChannelId);
    }

    [Fact]
    public async Task CheckInAsync_AfterOverdueCloseInAnotherChannel_StartsAgain()
    {
        var (service, _, _) = await CreateAsync();
        await service.CheckInAsync(General, Anna, default);
        _time.Advance(TimeSpan.FromHours(13));
        Assert.Single(await service.CloseOverdueAsync(default));

        var again = await service.CheckInAsync(Duty, Anna, default);

        Assert.Equal(CheckInOutcome.Started, again.Outcome);
    }

    [Fact]
    public async Task CheckInAsync_MarkerLeftByACloseThatNeverReleasedIt_StartsAgain()
    {
        var (service, store, onDuty) = await CreateAsync();
        var first = await service.CheckInAsync(General, Anna, default);
        var marker = (await onDuty.GetEntityAsync<TableEntity>("person|29:anna", "onduty")).Value;
        await service.CheckOutAsync(General, Anna.TeamsId, default);
        // As if the process stopped between the close and the release: the marker still names the closed shift.
        await onDuty.UpsertEntityAsync(marker, TableUpdateMode.Replace);

        var again = await service.CheckInAsync(Duty, Anna, default);

        Assert.Equal(CheckInOutcome.Started, again.Outcome);
        Assert.Equal(Duty, (await store.GetOpenAnywhereAsync(Anna.TeamsId, default))?.ChannelId);
        Assert.Equal(first.Shift.CheckedInAt, again.Shift.CheckedInAt); // Same instant, other channel: still told apart.
    }

    [Fact]
    public async Task CheckOutAsync_ShiftOpenInAnotherChannel_ClosesIt()
    {
        var (service, store, _) = await CreateAsync();
        await service.CheckInAsync(General, Anna, default);

        var result = await service.CheckOutAsync(Duty, Anna.TeamsId, default);

        Assert.Equal(CheckOutOutcome.CheckedOut, result.Outcome);
        Assert.Equal(General, result.Shift!.ChannelId);
        Assert.Empty(await OpenShiftsAsync(store, [General, Duty]));
    }
}
