namespace Senate.ChatBot.BotBuilder.State;

/// <summary>A write carried an ETag that no longer matches: someone else changed or deleted the item first.</summary>
public sealed class StorageConcurrencyException : Exception
{
    public StorageConcurrencyException()
    {
    }

    public StorageConcurrencyException(string message)
        : base(message)
    {
    }

    public StorageConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? Key { get; init; }

    internal static StorageConcurrencyException For(string key) =>
        new($"The item '{key}' was changed or deleted by another writer (ETag mismatch).") { Key = key };
}
