using Senate.ChatBot.Bots;
using Senate.ChatBot.Host.Attachments;
using Senate.ChatBot.Host.Calendar;
using Senate.ChatBot.Host.Channels.DirectLine;
using Senate.ChatBot.Host.Channels.Line;
using Senate.ChatBot.Host.Complaints;
using Senate.ChatBot.Host.Demo;
using Senate.ChatBot.Host.Desk;
using Senate.ChatBot.Host.Hosting;
using Senate.ChatBot.Host.Import;
using Senate.ChatBot.Host.Meetings;
using Senate.ChatBot.Host.Storage;
using Senate.ChatBot.Host.Website;
using Senate.ChatBot.Language;

var builder = WebApplication.CreateBuilder(args);

builder.AddStructuredLogging()
    .AddTelemetry()
    .AddProblemResponses()
    .AddThaiText()
    .AddStorage()
    .AddLineChannel()
    .AddDirectLine()
    .AddComplaintWork()
    .AddDesk()
    .AddDemoSeeding()
    .AddMeetingNotices();
builder.Services.AddLanguageUnderstanding();
builder.Services.AddSenateBot();
builder.Services.AddSingleton(TimeProvider.System);

var app = builder.Build();

app.UseProblemResponses();
app.MapWebsite();
app.MapDirectLine();
app.MapLine();
app.MapAttachments();
app.MapDesk();
app.MapMeetingCalendar();
app.MapImport();
app.MapCalendar();
app.MapHealth();

app.Run();
