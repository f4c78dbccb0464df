using System.Text.Json;

namespace Senate.ChatBot.BotBuilder.State;

/// <summary>
/// Key/value storage for bot state with optimistic concurrency. Every stored item has an ETag
/// that changes on each write. A write whose <see cref="StoreItem.ETag"/> is null or "*" is
/// unconditional; <see cref="StoreItem.AbsentETag"/> ("") creates the item only if it does not exist;
/// any other ETag must equal the stored one (a missing item never matches), or the
/// write throws <see cref="StorageConcurrencyException"/> and nothing is changed. Each key is written
/// atomically on its own, in the order given.
/// </summary>
public interface IStorage
{
    /// <summary>The items that exist among <paramref name="keys"/>; missing keys are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(
        IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>Writes the items and returns the new ETag of each key.</summary>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(
        IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default);

    /// <summary>Deletes the keys unconditionally; missing keys are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}

/// <summary>A stored JSON document and the ETag it was read with (or must match when written).</summary>
public sealed record StoreItem(JsonElement Document, string? ETag = null)
{
    /// <summary>The ETag that makes a write unconditional.</summary>
    public const string AnyETag = "*";

    /// <summary>The ETag that makes a write create the item only if no one else created it first.</summary>
    public const string AbsentETag = "";

    internal bool IsUnconditional => ETag is null or AnyETag;
}
