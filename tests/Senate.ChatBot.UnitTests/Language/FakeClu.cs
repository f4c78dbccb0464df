using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Senate.ChatBot.UnitTests.Language;

/// <summary>A stand-in for Azure CLU on a real loopback port: records requests and answers as told.</summary>
internal sealed class FakeClu : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeClu(WebApplication app) => _app = app;

    public Func<HttpContext, Task> Answer { get; set; } = _ => Task.CompletedTask;

    public List<(string PathAndQuery, string? Key, JsonNode? Body)> Requests { get; } = [];

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<FakeClu> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var fake = new FakeClu(builder.Build());
        fake._app.Run(async context =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body);
            lock (fake.Requests)
            {
                fake.Requests.Add((context.Request.Path + context.Request.QueryString, context.Request.Headers["Ocp-Apim-Subscription-Key"], body));
            }

            await fake.Answer(context);
        });
        await fake._app.StartAsync();
        var address = fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.Endpoint = new Uri(address + "/");
        return fake;
    }

    /// <summary>Answers 200 with a CLU conversation result.</summary>
    public void Predicts(string topIntent, double score, string entitiesJson = "[]")
    {
        var confidence = score.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Written with ' for readability; CLU's JSON uses ".
        var json = ("{'kind':'ConversationResult','result':{'query':'q','prediction':{'topIntent':'TOP','projectKind':'Conversation',"
            + "'intents':[{'category':'TOP','confidenceScore':SCORE},{'category':'None','confidenceScore':0.01}],'entities':ENTITIES}}}")
            .Replace('\'', '"');
        Answer = context => context.Response.WriteAsync(
            json.Replace("TOP", topIntent, StringComparison.Ordinal).Replace("SCORE", confidence, StringComparison.Ordinal).Replace("ENTITIES", entitiesJson, StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
