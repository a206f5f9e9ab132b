using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsBot.Organisation;

namespace TeamsBot.Tests.Domain;

public sealed class OrganisationClockTests
{
    private static readonly OrganisationClock Clock = new(new FakeTimeProvider(), Options.Create(new OrganisationOptions()));

    [Fact]
    public void At_OrdinaryWinterEvening_CopenhagenOffset()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 18, 30, 0, TimeSpan.FromHours(1)), Clock.At(new DateOnly(2026, 11, 24), new TimeOnly(18, 30)));
    }

    [Fact]
    public void At_TimeTheClocksSkipInSpring_Null()
    {
        Assert.Null(Clock.At(new DateOnly(2026, 3, 29), new TimeOnly(2, 30)));
    }

    [Fact]
    public void At_TimeThatOccursTwiceInAutumn_TheLaterOne()
    {
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(1)), Clock.At(new DateOnly(2026, 10, 25), new TimeOnly(2, 30)));
    }
}
