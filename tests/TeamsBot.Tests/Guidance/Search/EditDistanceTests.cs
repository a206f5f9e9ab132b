using TeamsBot.Guidance.Search;

namespace TeamsBot.Tests.Guidance.Search;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("headspac", "headspac", 2, 0)]
    [InlineData("hedspac", "headspac", 2, 1)]
    [InlineData("haedspac", "headspac", 2, 1)]
    [InlineData("famileretshus", "familieretshus", 1, 1)]
    [InlineData("alkolinie", "alkolinj", 2, 2)]
    public void Within_CloseEnough_Distance(string a, string b, int bound, int expected) =>
        Assert.Equal(expected, EditDistance.Within(a, b, bound));

    [Theory]
    [InlineData("xyzzy", "vold", 1)]
    [InlineData("skilsmis", "samvær", 2)]
    [InlineData("a", "abcd", 2)]
    public void Within_FartherThanBound_Null(string a, string b, int bound) =>
        Assert.Null(EditDistance.Within(a, b, bound));

    [Theory]
    [InlineData("boernetelefonen", "børnetelefonen")]
    [InlineData("SAMVAER", "samvær")]
    [InlineData("aabent", "åbent")]
    [InlineData("släkt", "slækt")]
    [InlineData("røde", "røde")]
    public void Fold_AeOeAa_BecomeDanishLetters(string typed, string expected) =>
        Assert.Equal(expected, DanishFolding.Fold(typed));
}
