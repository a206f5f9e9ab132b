using TeamsBot.Storage;

namespace TeamsBot.Tests.Domain;

public sealed class KeyEncodingTests
{
    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=123")]
    [InlineData("a/b\\c#d?e|f%g")]
    [InlineData("29:1-ÆØÅ\u0001")]
    public void Encode_AnyId_RoundTripsAndHasNoForbiddenCharacters(string id)
    {
        var encoded = KeyEncoding.Encode(id);

        Assert.DoesNotContain(encoded, c => c is '/' or '\\' or '#' or '?' or '|' || char.IsControl(c));
        Assert.Equal(id, KeyEncoding.Decode(encoded));
    }
}
