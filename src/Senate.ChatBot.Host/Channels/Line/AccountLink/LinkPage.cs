using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Senate.ChatBot.Host.Channels.Line.AccountLink;

/// <summary>The account-link login page: Thai, labelled fields, errors announced to screen readers.</summary>
internal static class LinkPage
{
    public static ContentHttpResult Render(string? linkToken, string antiforgeryToken, string? error, int status)
    {
        var enc = HtmlEncoder.Default;
        var body = linkToken is null
            ? "<p role=\"alert\">ลิงก์ไม่สมบูรณ์ กรุณากลับไปที่แชต LINE แล้วพิมพ์ \"เชื่อมบัญชีสมาชิก\" อีกครั้ง</p>"
            : $"""
              {(error is null ? "" : $"<p role=\"alert\" class=\"error\">{enc.Encode(error)}</p>")}
              <form method="post" action="{LinkPageEndpoints.Path}">
                <input type="hidden" name="__RequestVerificationToken" value="{enc.Encode(antiforgeryToken)}">
                <input type="hidden" name="linkToken" value="{enc.Encode(linkToken)}">
                <p><label for="memberNumber">หมายเลขสมาชิก</label><br>
                   <input id="memberNumber" name="memberNumber" required autocomplete="off" inputmode="numeric"></p>
                <p><label for="code">รหัสลงทะเบียน</label><br>
                   <input id="code" name="code" required autocomplete="one-time-code" aria-describedby="code-help"></p>
                <p id="code-help">รหัสลงทะเบียนใช้ได้ครั้งเดียว ขอได้จากสำนักงานเลขาธิการวุฒิสภา</p>
                <p><button type="submit">เข้าสู่ระบบและเชื่อมบัญชี</button></p>
              </form>
              """;
        var html = $$"""
            <!doctype html>
            <html lang="th">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>เชื่อมบัญชีสมาชิกวุฒิสภา</title>
              <style>
                body { font-family: sans-serif; max-width: 32rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.6; color: #1a1a1a; }
                input, button { font-size: 1.1rem; padding: .5rem; width: 100%; box-sizing: border-box; }
                button { background: #0b3d91; color: #fff; border: 0; border-radius: .3rem; }
                .error { color: #a30000; font-weight: bold; }
              </style>
            </head>
            <body>
              <main>
                <h1>เชื่อมบัญชีสมาชิกวุฒิสภา</h1>
                <p>เชื่อมบัญชี LINE กับข้อมูลสมาชิก เพื่อให้ข้อมูลส่วนบุคคลและตารางประชุมของท่านส่งถึงท่านเท่านั้น</p>
                {{body}}
              </main>
            </body>
            </html>
            """;
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
