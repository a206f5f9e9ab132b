using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using TeamsBot.Storage;

namespace TeamsBot.DueWork;

/// <summary>
/// The queue whose messages are the timers: each names an item's kind, key and schedule version, and stays invisible
/// until the item falls due. The table row, not the message, decides what runs.
/// </summary>
internal sealed class DueWorkQueue(QueueServiceClient service, IOptions<StorageOptions> storage)
{
    /// <summary>The service's limit on a message's invisibility; a later item's message surfaces early and is put back.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromDays(7);

    /// <summary>Messages fetched at once (the service's maximum is 32).</summary>
    private const int BatchSize = 16;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Queue names allow lowercase letters, digits and dashes only; the table prefix is letters and digits.</summary>
    public static string NameFor(string tablePrefix) => tablePrefix.ToLowerInvariant() + "-duework";

    public QueueClient Client => service.GetQueueClient(NameFor(storage.Value.TablePrefix));

    /// <summary>Sends the timer of one schedule. The message never expires: only its handling removes it.</summary>
    public Task SendAsync(DueWorkRow row, TimeSpan delay, CancellationToken cancellationToken) =>
        Client.SendMessageAsync(JsonSerializer.Serialize(new DueWorkMessage(row.Item.Kind, row.Item.Key, row.Version), Json),
            Visibility(delay), timeToLive: TimeSpan.FromSeconds(-1), cancellationToken);

    public async Task<IReadOnlyList<QueueMessage>> ReceiveAsync(TimeSpan invisibleFor, CancellationToken cancellationToken)
    {
        var response = await Client.ReceiveMessagesAsync(BatchSize, Visibility(invisibleFor), cancellationToken);
        return response.Value;
    }

    /// <summary>Hides a received message again for <paramref name="delay"/>: an item not yet due, held, or resting before a retry.</summary>
    public Task HideAsync(QueueMessage message, TimeSpan delay, CancellationToken cancellationToken) =>
        Client.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: Visibility(delay), cancellationToken: cancellationToken);

    public Task DeleteAsync(QueueMessage message, CancellationToken cancellationToken) =>
        Client.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);

    /// <summary>Reads a message; null for one that is not ours (it is deleted, never retried).</summary>
    public static DueWorkMessage? Parse(QueueMessage message)
    {
        try
        {
            return JsonSerializer.Deserialize<DueWorkMessage>(message.Body, Json) is { Kind.Length: > 0, Key: not null, Version.Length: > 0 } parsed ? parsed : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The service counts visibility in whole seconds and truncates; rounding up means a message never surfaces early by rounding.</summary>
    private static TimeSpan Visibility(TimeSpan delay) =>
        delay <= TimeSpan.Zero ? TimeSpan.Zero
        : delay >= MaxDelay ? MaxDelay
        : TimeSpan.FromSeconds(Math.Ceiling(delay.TotalSeconds));
}

/// <summary>What a timer message says: which schedule of which item it is for.</summary>
internal sealed record DueWorkMessage(string Kind, string Key, string Version);
