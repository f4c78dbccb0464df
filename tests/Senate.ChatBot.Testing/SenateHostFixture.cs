namespace Senate.ChatBot.Testing;

/// <summary>One host with default settings shared by the tests of a class (xunit class fixture).</summary>
public sealed class SenateHostFixture : IDisposable
{
    public SenateHostFactory Factory { get; } = new();

    public void Dispose() => Factory.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
