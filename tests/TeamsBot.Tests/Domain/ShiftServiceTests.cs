using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Organisation;
using TeamsBot.Shifts;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Domain;

public sealed class ShiftServiceTests
{
    private const string Channel = "19:duty@thread.tacv2";
    private static readonly Person Anna = new("29:anna", "Anna Jensen", Locale: "da-DK");
    private static readonly Person Bo = new("29:bo", "Bo Hansen", Locale: "en-US");

    // 17:00 in Copenhagen (UTC+1 in November).
    private FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero));

    private async Task<(ShiftService Service, IShiftStore Store)> CreateAsync(ShiftOptions? options = null)
    {
        var store = new TableShiftStore(await TestTables.CreateAsync(ShiftsFeature.ShiftsTable, ShiftsFeature.OnDutyTable));
        var wrapped = Options.Create(options ?? new ShiftOptions());
        return (new ShiftService(store, new OrganisationClock(_time, Options.Create(new OrganisationOptions())), wrapped), store);
    }

    [Fact]
    public async Task CheckInAsync_FirstTime_StartsShiftNow()
    {
        var (service, _) = await CreateAsync();

        var result = await service.CheckInAsync(Channel, Anna, default);

        Assert.Equal(CheckInOutcome.Started, result.Outcome);
        Assert.Equal(_time.GetUtcNow(), result.Shift.CheckedInAt);
    }

    [Fact]
    public async Task CheckInAsync_Twice_ReportsOriginalShiftAndChangesNothing()
    {
        var (service, _) = await CreateAsync();
        var first = await service.CheckInAsync(Channel, Anna, default);
        _time.Advance(TimeSpan.FromMinutes(30));

        var second = await service.CheckInAsync(Channel, Anna, default);

        Assert.Equal(CheckInOutcome.AlreadyOnDuty, second.Outcome);
        Assert.Equal(first.Shift.CheckedInAt, second.Shift.CheckedInAt);
        var board = await service.GetBoardAsync(Channel, new DateOnly(2026, 11, 24), default);
        Assert.Single(board.OnDuty);
    }

    [Fact]
    public async Task CheckOutAsync_NotCheckedIn_ReportsNotOnDuty()
    {
        var (service, _) = await CreateAsync();

        var result = await service.CheckOutAsync(Channel, Anna.TeamsId, default);

        Assert.Equal(CheckOutOutcome.NotOnDuty, result.Outcome);
        Assert.Null(result.Shift);
    }

    [Fact]
    public async Task CheckOutAsync_AfterCheckIn_MovesCounsellorToCheckedOutToday()
    {
        var (service, _) = await CreateAsync();
        await service.CheckInAsync(Channel, Anna, default);
        await service.CheckInAsync(Channel, Bo, default);
        _time.Advance(TimeSpan.FromHours(2));

        var result = await service.CheckOutAsync(Channel, Anna.TeamsId, default);

        Assert.Equal(CheckOutOutcome.CheckedOut, result.Outcome);
        var board = await service.GetBoardAsync(Channel, new DateOnly(2026, 11, 24), default);
        Assert.Equal(["Bo Hansen"], board.OnDuty.Select(e => e.Name));
        var entry = Assert.Single(board.CheckedOut);
        Assert.Equal(("Anna Jensen", 17, 19, false), (entry.Name, entry.Since.Hour, entry.Until!.Value.Hour, entry.NotCheckedOut));
    }

    [Fact]
    public async Task CheckOutAsync_Twice_SecondFindsNothingToClose()
    {
        var (service, _) = await CreateAsync();
        await service.CheckInAsync(Channel, Anna, default);
        await service.CheckOutAsync(Channel, Anna.TeamsId, default);

        var second = await service.CheckOutAsync(Channel, Anna.TeamsId, default);

        Assert.Equal(CheckOutOutcome.NotOnDuty, second.Outcome);
        var board = await service.GetBoardAsync(Channel, new DateOnly(2026, 11, 24), default);
        Assert.Single(board.CheckedOut);
    }

    [Fact]
    public async Task GetBoardAsync_ShiftOpenSinceYesterdayEvening_ShowsOnDutyToday()
    {
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 21, 30, 0, TimeSpan.Zero)); // 22:30 local, the day before
        var (service, _) = await CreateAsync();
        await service.CheckInAsync(Channel, Anna, default);
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 1, 0, 0, TimeSpan.Zero)); // 02:00 local

        var board = await service.GetBoardAsync(Channel, new DateOnly(2026, 11, 24), default);

        var entry = Assert.Single(board.OnDuty);
        Assert.Equal(22, entry.Since.Hour);
    }

    [Fact]
    public async Task GetBoardAsync_CheckedOutYesterday_NotOnTodaysBoard()
    {
        var (service, _) = await CreateAsync();
        await service.CheckInAsync(Channel, Anna, default);
        await service.CheckOutAsync(Channel, Anna.TeamsId, default);

        var tomorrow = await service.GetBoardAsync(Channel, new DateOnly(2026, 11, 25), default);

        Assert.Empty(tomorrow.OnDuty);
        Assert.Empty(tomorrow.CheckedOut);
    }

    [Fact]
    public async Task CloseOverdueAsync_ShiftPastMaximum_ClosedAsNotCheckedOutAtTheMaximum()
    {
        var (service, _) = await CreateAsync(new ShiftOptions { MaxShiftDuration = TimeSpan.FromHours(12) });
        var checkIn = await service.CheckInAsync(Channel, Anna, default);
        _time.Advance(TimeSpan.FromHours(12) + TimeSpan.FromMinutes(1));

        var closed = await service.CloseOverdueAsync(default);

        var shift = Assert.Single(closed);
        Assert.Equal(ShiftEnd.ClosedByBot, shift.End);
        Assert.Equal(checkIn.Shift.CheckedInAt + TimeSpan.FromHours(12), shift.CheckedOutAt);
        Assert.Empty(await service.CloseOverdueAsync(default));
    }

    [Fact]
    public async Task CloseOverdueAsync_ShiftUnderMaximum_LeftOpen()
    {
        var (service, _) = await CreateAsync(new ShiftOptions { MaxShiftDuration = TimeSpan.FromHours(12) });
        await service.CheckInAsync(Channel, Anna, default);
        _time.Advance(TimeSpan.FromHours(11) + TimeSpan.FromMinutes(59));

        var closed = await service.CloseOverdueAsync(default);

        Assert.Empty(closed);
    }

    [Fact]
    public async Task RecordClosedDownAsync_OwnShiftTwice_RecordedOnceAndKept()
    {
        var (service, store) = await CreateAsync();
        await service.CheckInAsync(Channel, Anna, default);
        var checkout = await service.CheckOutAsync(Channel, Anna.TeamsId, default);
        var shiftRef = checkout.Shift!.Ref(checkout.Day);
        _time.Advance(TimeSpan.FromMinutes(5));

        var first = await service.RecordClosedDownAsync(shiftRef, Anna.TeamsId, default);
        _time.Advance(TimeSpan.FromMinutes(5));
        var second = await service.RecordClosedDownAsync(shiftRef, Anna.TeamsId, default);

        Assert.Equal(ClosedDownOutcome.Recorded, first.Outcome);
        Assert.Equal(ClosedDownOutcome.AlreadyRecorded, second.Outcome);
        Assert.Equal(first.Shift!.ClosedDownAt, (await store.GetClosedAsync(shiftRef, default))!.ClosedDownAt);
    }

    [Fact]
    public async Task RecordClosedDownAsync_SomeoneElsesShift_RefusedAndNothingStored()
    {
        var (service, store) = await CreateAsync();
        await service.CheckInAsync(Channel, Anna, default);
        var checkout = await service.CheckOutAsync(Channel, Anna.TeamsId, default);
        var shiftRef = checkout.Shift!.Ref(checkout.Day);

        var result = await service.RecordClosedDownAsync(shiftRef, Bo.TeamsId, default);

        Assert.Equal(ClosedDownOutcome.NotYours, result.Outcome);
        Assert.Null((await store.GetClosedAsync(shiftRef, default))!.ClosedDownAt);
    }

    [Fact]
    public async Task CheckInAsync_SameCounsellorTenTimesAtOnce_ExactlyOneShiftStarted()
    {
        var (service, _) = await CreateAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => service.CheckInAsync(Channel, Anna, default)));

        Assert.Single(results, r => r.Outcome == CheckInOutcome.Started);
        Assert.Single(results.Select(r => r.Shift.CheckedInAt).Distinct());
    }

    [Fact]
    public async Task CheckOutAsync_RacingTheOverdueSweep_ShiftClosedExactlyOnce()
    {
        var (service, _) = await CreateAsync(new ShiftOptions { MaxShiftDuration = TimeSpan.FromHours(1) });
        await service.CheckInAsync(Channel, Anna, default);
        _time.Advance(TimeSpan.FromHours(2));

        var checkout = service.CheckOutAsync(Channel, Anna.TeamsId, default);
        var sweep = service.CloseOverdueAsync(default);
        await Task.WhenAll(checkout, sweep);

        var closedCount = ((await checkout).Outcome == CheckOutOutcome.CheckedOut ? 1 : 0) + (await sweep).Count;
        Assert.Equal(1, closedCount);
        var board = await service.GetBoardAsync(Channel, new DateOnly(2026, 11, 24), default);
        Assert.Single(board.CheckedOut);
        Assert.Empty(board.OnDuty);
    }
}
