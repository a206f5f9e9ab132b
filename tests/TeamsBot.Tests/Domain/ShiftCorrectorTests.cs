using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Organisation;
using TeamsBot.Shifts;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Domain;

public sealed class ShiftCorrectorTests
{
    private const string Channel = "19:duty@thread.tacv2";
    private static readonly Person Anna = new("29:anna", "Anna Jensen");
    private static readonly Person Cy = new("29:cy", "Cy Larsen");

    // 17:00 in Copenhagen (UTC+1 in November) on Tuesday 24 November 2026.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero));

    private async Task<(ShiftService Shifts, ShiftCorrector Corrector, OrganisationClock Clock)> CreateAsync()
    {
        var tables = await TestTables.CreateAsync(ShiftsFeature.ShiftsTable, ShiftsFeature.OnDutyTable);
        var clock = new OrganisationClock(_time, Options.Create(new OrganisationOptions()));
        var store = new TableShiftStore(tables);
        var shifts = new ShiftService(store, clock, Options.Create(new ShiftOptions { MaxShiftDuration = TimeSpan.FromHours(12) }));
        return (shifts, new ShiftCorrector(new TableCoordinatorShiftStore(tables, store), clock), clock);
    }

    private static DateTimeOffset Local(int day, int hour, int minute) => new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("18:30", 18, 30)]
    [InlineData("18.30", 18, 30)]
    [InlineData(" 8:05 ", 8, 5)]
    public void Parse_TimeAsTypedOrSent_ReadsHoursAndMinutes(string typed, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), CommandTime.Parse(typed));

    [Theory]
    [InlineData("25:00")]
    [InlineData("18:60")]
    [InlineData("halv syv")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_NotATimeOfDay_Null(string? typed) => Assert.Null(CommandTime.Parse(typed));

    [Fact]
    public async Task CorrectAsync_OpenShift_ChecksOutAtTypedTimeAndRecordsWhoAndWhen()
    {
        var (shifts, corrector, _) = await CreateAsync();
        var open = (await shifts.CheckInAsync(Channel, Anna, default)).Shift;
        _time.Advance(TimeSpan.FromHours(3));

        var result = await corrector.CorrectAsync(ShiftKey.Of(open, null), null, "18:30", Cy, default);

        Assert.Equal(CorrectionOutcome.CheckedOut, result.Outcome);
        Assert.Equal(Local(24, 18, 30), result.Shift!.CheckedOutAt);
        Assert.Equal([new ShiftCorrection("29:cy", "Cy Larsen", _time.GetUtcNow(), null, Local(24, 18, 30))], result.Shift.Corrections!);
        var board = await shifts.GetBoardAsync(Channel, new DateOnly(2026, 11, 24), default);
        Assert.True(Assert.Single(board.CheckedOut).Corrected);
    }

    [Fact]
    public async Task CorrectAsync_BeforeCheckIn_RefusedAndShiftStaysOpen()
    {
        var (shifts, corrector, _) = await CreateAsync();
        var open = (await shifts.CheckInAsync(Channel, Anna, default)).Shift;
        _time.Advance(TimeSpan.FromHours(3));

        var result = await corrector.CorrectAsync(ShiftKey.Of(open, null), null, "16:45", Cy, default);

        Assert.Equal(CorrectionOutcome.BeforeCheckIn, result.Outcome);
        Assert.Single((await shifts.GetBoardAsync(Channel, new DateOnly(2026, 11, 24), default)).OnDuty);
    }

    [Fact]
    public async Task CorrectAsync_InTheFuture_RefusedAndShiftStaysOpen()
    {
        var (shifts, corrector, _) = await CreateAsync();
        var open = (await shifts.CheckInAsync(Channel, Anna, default)).Shift;
        _time.Advance(TimeSpan.FromHours(1));

        var result = await corrector.CorrectAsync(ShiftKey.Of(open, null), null, "18:01", Cy, default);

        Assert.Equal(CorrectionOutcome.InTheFuture, result.Outcome);
        Assert.Single((await shifts.GetBoardAsync(Channel, new DateOnly(2026, 11, 24), default)).OnDuty);
    }

    [Fact]
    public async Task CorrectAsync_25Hundred_RefusedAsNotATime()
    {
        var (shifts, corrector, _) = await CreateAsync();
        var open = (await shifts.CheckInAsync(Channel, Anna, default)).Shift;
        _time.Advance(TimeSpan.FromHours(3));

        var result = await corrector.CorrectAsync(ShiftKey.Of(open, null), null, "25:00", Cy, default);

        Assert.Equal(CorrectionOutcome.NotATime, result.Outcome);
        Assert.True(result.Shift!.IsOpen);
    }

    [Fact]
    public async Task CorrectAsync_AutoClosedOvernightShift_TimeAfterMidnightMovesCheckOutAndNoLongerNotCheckedOut()
    {
        var (shifts, corrector, clock) = await CreateAsync();
        await shifts.CheckInAsync(Channel, Anna, default);
        _time.Advance(TimeSpan.FromHours(12) + TimeSpan.FromMinutes(5));
        var closed = Assert.Single(await shifts.CloseOverdueAsync(default));

        var result = await corrector.CorrectAsync(ShiftKey.Of(closed, clock.Today), closed.CheckedOutAt, "01:15", Cy, default);

        Assert.Equal(CorrectionOutcome.Corrected, result.Outcome);
        Assert.Equal(Local(25, 1, 15), result.Shift!.CheckedOutAt);
        Assert.Equal(Local(25, 5, 0), result.Shift.Corrections![0].OldCheckOut);
        var entry = Assert.Single((await shifts.GetBoardAsync(Channel, new DateOnly(2026, 11, 25), default)).CheckedOut);
        Assert.False(entry.NotCheckedOut);
        Assert.True(entry.Corrected);
    }

    [Fact]
    public async Task CorrectAsync_AlreadyCorrected_SecondCorrectionKeepsBothRecords()
    {
        var (shifts, corrector, clock) = await CreateAsync();
        var open = (await shifts.CheckInAsync(Channel, Anna, default)).Shift;
        _time.Advance(TimeSpan.FromHours(3));
        var first = await corrector.CorrectAsync(ShiftKey.Of(open, null), null, "18:30", Cy, default);
        _time.Advance(TimeSpan.FromMinutes(5));

        var second = await corrector.CorrectAsync(ShiftKey.Of(first.Shift!, clock.Today), first.Shift!.CheckedOutAt, "19:00", Cy, default);

        Assert.Equal(CorrectionOutcome.Corrected, second.Outcome);
        Assert.Equal([Local(24, 18, 30), Local(24, 19, 0)], second.Shift!.Corrections!.Select(c => c.NewCheckOut));
        Assert.Equal(Local(24, 18, 30), second.Shift.Corrections![1].OldCheckOut);
    }

    [Fact]
    public async Task CorrectAsync_ShiftCorrectedMeanwhile_RefusedAsChangedAndFirstCorrectionStands()
    {
        var (shifts, corrector, clock) = await CreateAsync();
        var open = (await shifts.CheckInAsync(Channel, Anna, default)).Shift;
        _time.Advance(TimeSpan.FromHours(3));
        var closed = (await corrector.CorrectAsync(ShiftKey.Of(open, null), null, "18:30", Cy, default)).Shift!;
        await corrector.CorrectAsync(ShiftKey.Of(closed, clock.Today), closed.CheckedOutAt, "19:00", Cy, default);

        // A second form still showing 18:30.
        var stale = await corrector.CorrectAsync(ShiftKey.Of(closed, clock.Today), closed.CheckedOutAt, "18:45", Cy, default);

        Assert.Equal(CorrectionOutcome.ShiftChanged, stale.Outcome);
        Assert.Equal(Local(24, 19, 0), stale.Shift!.CheckedOutAt);
    }

    [Fact]
    public async Task CorrectAsync_OpenFormAfterCounsellorCheckedOut_RefusedAsChanged()
    {
        var (shifts, corrector, _) = await CreateAsync();
        var open = (await shifts.CheckInAsync(Channel, Anna, default)).Shift;
        _time.Advance(TimeSpan.FromHours(3));
        await shifts.CheckOutAsync(Channel, Anna.TeamsId, default);

        var result = await corrector.CorrectAsync(ShiftKey.Of(open, null), null, "18:30", Cy, default);

        Assert.Equal(CorrectionOutcome.ShiftChanged, result.Outcome);
    }
}
