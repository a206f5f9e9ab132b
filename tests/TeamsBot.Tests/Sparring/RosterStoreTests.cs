using TeamsBot.Organisation;
using TeamsBot.Sparring;
using TeamsBot.Tests.Infrastructure;
using static TeamsBot.Tests.Sparring.RosterSamples;

namespace TeamsBot.Tests.Sparring;

/// <summary>The roster store on real Azurite: one row per team, changed under its ETag.</summary>
public sealed class RosterStoreTests
{
    private const string Team = "19:team-a@thread.tacv2";
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Christmas = new(2026, 12, 24);

    private static async Task<TableRosterStore> CreateAsync() =>
        new(await TestTables.CreateAsync(SparringFeature.RostersTable), ClockAt(Now));

    [Fact]
    public async Task GetAsync_TeamWithoutRoster_Empty()
    {
        var store = await CreateAsync();

        var roster = await store.GetAsync(Team, default);

        Assert.Empty(roster.Slots);
        Assert.Empty(roster.Overrides);
    }

    [Fact]
    public async Task AddAsync_SlotsAndOverride_ReadBackAsAdded()
    {
        var store = await CreateAsync();
        var night = Slot(DayOfWeek.Sunday, "22:00", "07:00", Anne, Bo);
        var day = Slot(DayOfWeek.Monday, "08:00", "16:00", Carl);
        var swap = Override(Christmas, "22:00", "06:00", Carl);

        Assert.True((await store.AddSlotAsync(Team, night, default)).Added);
        Assert.True((await store.AddSlotAsync(Team, day, default)).Added);
        Assert.True((await store.AddOverrideAsync(Team, swap, default)).Added);

        var roster = await store.GetAsync(Team, default);
        Assert.Equal([day, night], roster.Slots);
        Assert.Equal([swap], roster.Overrides);
        Assert.Empty((await store.GetAsync("19:team-b@thread.tacv2", default)).Slots);
    }

    [Fact]
    public async Task AddSlotAsync_Stored_OneRowForTheTeamInTheFormsOwnFormats()
    {
        var tables = await TestTables.CreateAsync(SparringFeature.RostersTable);
        var store = new TableRosterStore(tables, ClockAt(Now));

        await store.AddSlotAsync(Team, Slot(DayOfWeek.Sunday, "22:00", "07:00", Anne, Bo), default);
        await store.AddOverrideAsync(Team, Override(Christmas, "22:00", "06:00", Carl), default);

        var row = Assert.Single(tables.Get(SparringFeature.RostersTable).Query<Azure.Data.Tables.TableEntity>().ToList());
        Assert.Equal((TeamsBot.Storage.KeyEncoding.Encode(Team), "roster"), (row.PartitionKey, row.RowKey));
        Assert.Contains("\"day\":\"sunday\",\"start\":\"22:00\",\"end\":\"07:00\"", row.GetString("Slots"), StringComparison.Ordinal);
        Assert.Contains("\"date\":\"2026-12-24\"", row.GetString("Overrides"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSlotAsync_TwoOverlappingAtOnce_ExactlyOneLands()
    {
        var store = await CreateAsync();
        var first = Slot(DayOfWeek.Friday, "16:00", "23:00", Anne);
        var second = Slot(DayOfWeek.Friday, "20:00", "02:00", Bo);

        var changes = await Task.WhenAll(store.AddSlotAsync(Team, first, default), store.AddSlotAsync(Team, second, default));

        var landed = Assert.Single(changes, c => c.Added);
        var refused = Assert.Single(changes, c => !c.Added);
        Assert.Equal(RosterRefusalReason.OverlapsSlot, refused.Refusal!.Reason);
        var stored = Assert.Single((await store.GetAsync(Team, default)).Slots);
        Assert.Equal(landed.Roster.Slots.Single(), stored);
        Assert.Equal(stored, refused.Refusal.ConflictingSlot);
    }

    [Fact]
    public async Task AddSlotAsync_EightOverlappingAtOnce_ExactlyOneLands()
    {
        var store = await CreateAsync();
        var slots = new[] { Anne, Bo, Carl, Anne, Bo, Carl, Anne, Bo }
            .Select((person, i) => Slot(DayOfWeek.Wednesday, $"{10 + i:00}:00", "23:00", person)).ToList();

        var changes = await Task.WhenAll(slots.Select(s => store.AddSlotAsync(Team, s, default)));

        Assert.Single(changes, c => c.Added);
        Assert.All(changes.Where(c => !c.Added), c => Assert.Equal(RosterRefusalReason.OverlapsSlot, c.Refusal!.Reason));
        Assert.Single((await store.GetAsync(Team, default)).Slots);
    }

    [Fact]
    public async Task AddSlotAsync_SevenNotOverlappingAtOnce_AllLand()
    {
        var store = await CreateAsync();

        var changes = await Task.WhenAll(RosterInputs.Week.Select(day => store.AddSlotAsync(Team, Slot(day, "22:00", "07:00", Anne), default)));

        Assert.All(changes, c => Assert.True(c.Added));
        Assert.Equal(RosterInputs.Week, (await store.GetAsync(Team, default)).Slots.Select(s => s.Day));
    }

    [Fact]
    public async Task AddOverrideAsync_TwoOverlappingAtOnce_ExactlyOneLands()
    {
        var store = await CreateAsync();

        var changes = await Task.WhenAll(
            store.AddOverrideAsync(Team, Override(Christmas, "22:00", "06:00", Carl), default),
            store.AddOverrideAsync(Team, Override(Christmas.AddDays(1), "00:00", "08:00", Bo), default));

        Assert.Single(changes, c => c.Added);
        Assert.Equal(RosterRefusalReason.OverlapsOverride, Assert.Single(changes, c => !c.Added).Refusal!.Reason);
        Assert.Single((await store.GetAsync(Team, default)).Overrides);
    }

    [Fact]
    public async Task AddOverrideAsync_EndedOnTheStoresClock_Refused()
    {
        var store = await CreateAsync();

        var change = await store.AddOverrideAsync(Team, Override(new DateOnly(2026, 12, 1), "08:00", "12:59", Carl), default);

        // 12:00 UTC is 13:00 in Copenhagen: the override ended a minute ago.
        Assert.Equal(RosterRefusalReason.OverrideInThePast, change.Refusal?.Reason);
        Assert.Empty((await store.GetAsync(Team, default)).Overrides);
    }

    [Fact]
    public async Task RemoveSlotAsync_Twice_RemovedThenFalse()
    {
        var store = await CreateAsync();
        var slot = Slot(DayOfWeek.Monday, "08:00", "16:00", Anne);
        await store.AddSlotAsync(Team, slot, default);

        Assert.True(await store.RemoveSlotAsync(Team, slot.Id, default));
        Assert.False(await store.RemoveSlotAsync(Team, slot.Id, default));
        Assert.Empty((await store.GetAsync(Team, default)).Slots);
    }

    [Fact]
    public async Task RemoveOverrideAsync_Added_Removed()
    {
        var store = await CreateAsync();
        var swap = Override(Christmas, "22:00", "06:00", Carl);
        await store.AddOverrideAsync(Team, swap, default);

        Assert.True(await store.RemoveOverrideAsync(Team, swap.Id, default));
        Assert.Empty((await store.GetAsync(Team, default)).Overrides);
    }

    [Fact]
    public async Task AddSlotAsync_RosterWithLongestNamesNoLongerFitting_RefusedAsFullAndNothingWritten()
    {
        var store = await CreateAsync();
        Person Long(int i) => new("29:" + new string('x', 120) + i, new string('N', 256), Guid.NewGuid().ToString());
        for (var i = 0; i < Roster.MaxSlots; i++)
        {
            var slot = new WeeklySlot(RosterForms.NewId(), DayOfWeek.Tuesday, new TimeOnly(i / 4, i % 4 * 15), new TimeOnly(i / 4, i % 4 * 15 + 14), Long(i), Long(i + 100));
            if (!(await store.AddSlotAsync(Team, slot, default)).Added)
            {
                break;
            }
        }

        var stored = (await store.GetAsync(Team, default)).Slots.Count;
        var change = await store.AddSlotAsync(Team, Slot(DayOfWeek.Friday, "08:00", "09:00", Long(999)), default);

        Assert.InRange(stored, 10, Roster.MaxSlots - 1);
        Assert.Equal(RosterRefusalReason.RosterFull, change.Refusal?.Reason);
        Assert.Equal(stored, (await store.GetAsync(Team, default)).Slots.Count);
    }
}
