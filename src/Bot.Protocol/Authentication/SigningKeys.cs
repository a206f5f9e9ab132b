using Microsoft.IdentityModel.Tokens;

namespace Bot.Protocol.Authentication;

/// <summary>The channel's current signing keys, with each key's endorsements (the channels it may sign for).</summary>
/// <param name="Keys">Keys to validate signatures with.</param>
/// <param name="Endorsements">Per key id, the channel ids the key is endorsed for; absent when the key has none.</param>
/// <param name="FetchedAt">When they were fetched.</param>
public sealed record SigningKeys(IReadOnlyList<SecurityKey> Keys, IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements, DateTimeOffset FetchedAt);
