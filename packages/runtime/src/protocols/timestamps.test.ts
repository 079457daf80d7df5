import { describe, expect, it } from "vitest";
import { MalformedValueError } from "./malformed-value-error.js";
import { formatTimestamp, parseDateTime, parseHttpDate, parseTimestamp, toDate } from "./timestamps.js";

const at = (seconds: number) => new Date(seconds * 1000);

describe("formatTimestamp", () => {
  it("writes epoch seconds as a number with fractional millis", () => {
    expect(formatTimestamp(at(1398796238), "epoch-seconds")).toBe(1398796238);
    expect(formatTimestamp(new Date(1398796238123), "epoch-seconds")).toBe(1398796238.123);
  });

  it("writes date-time without a fraction for whole seconds, with millis otherwise", () => {
    expect(formatTimestamp(at(1576540098), "date-time")).toBe("2019-12-16T23:48:18Z");
    expect(formatTimestamp(new Date(946845296123), "date-time")).toBe("2000-01-02T20:34:56.123Z");
  });

  it("writes http-date as IMF-fixdate", () => {
    expect(formatTimestamp(at(1576540098), "http-date")).toBe("Mon, 16 Dec 2019 23:48:18 GMT");
    expect(formatTimestamp(at(1), "http-date")).toBe("Thu, 01 Jan 1970 00:00:01 GMT");
  });
});

describe("toDate (input values)", () => {
  it("accepts Dates, epoch seconds and date strings", () => {
    expect(toDate(at(5)).getTime()).toBe(5000);
    expect(toDate(1.5).getTime()).toBe(1500);
    expect(toDate("2019-12-16T23:48:18Z").getTime()).toBe(1576540098000);
    expect(toDate("Mon, 16 Dec 2019 23:48:18 GMT").getTime()).toBe(1576540098000);
  });

  it.each([[new Date(Number.NaN)], ["yesterday"], [Number.POSITIVE_INFINITY], [{}]])("rejects %j", (value) => {
    expect(() => toDate(value)).toThrow(/Invalid timestamp/);
  });
});

describe("parseTimestamp", () => {
  it("reads numbers as epoch seconds in any format", () => {
    expect(parseTimestamp(1398796238, "epoch-seconds").getTime()).toBe(1398796238000);
    expect(parseTimestamp(946845296.123, "date-time").getTime()).toBe(946845296123);
  });

  it("reads RFC 3339 offsets and fractional seconds", () => {
    expect(parseTimestamp("2019-12-16T22:48:18-01:00", "date-time").getTime()).toBe(1576540098000);
    expect(parseTimestamp("2019-12-17T00:48:18+01:00", "date-time").getTime()).toBe(1576540098000);
    expect(parseTimestamp("2000-01-02T20:34:56.123Z", "date-time").getTime()).toBe(946845296123);
    expect(parseTimestamp("2000-01-02T20:34:56.123456789Z", "date-time").getTime()).toBe(946845296123);
    expect(parseTimestamp("2000-01-02t20:34:56.1z", "date-time").getTime()).toBe(946845296100);
  });

  it("reads http-dates, including the obsolete forms", () => {
    expect(parseTimestamp("Tue, 29 Apr 2014 18:30:38 GMT", "http-date").getTime()).toBe(1398796238000);
    expect(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT")).toBe(784111777000);
    expect(parseHttpDate("Sun Nov  6 08:49:37 1994")).toBe(784111777000);
  });

  it("falls back to the other formats when a service uses another one", () => {
    expect(parseTimestamp("2014-04-29T18:30:38Z", "epoch-seconds").getTime()).toBe(1398796238000);
    expect(parseTimestamp("1398796238", "http-date").getTime()).toBe(1398796238000);
  });

  it.each([
    ["not a date", "date-time"],
    ["2019-13-16T23:48:18Z", "date-time"],
    ["2019-02-30T23:48:18Z", "date-time"],
    ["2019-12-16T24:48:18Z", "date-time"],
    ["2019-12-16", "date-time"],
    ["Mon, 16 Foo 2019 23:48:18 GMT", "http-date"],
    [true, "epoch-seconds"],
    [Number.NaN, "epoch-seconds"],
  ] as const)("rejects %j as %s", (value, format) => {
    expect(() => parseTimestamp(value, format)).toThrow(MalformedValueError);
  });

  it("parseDateTime returns undefined for non-matching text", () => {
    expect(parseDateTime("2019-12-16T23:48:18")).toBeUndefined();
  });
});

describe("parseHttpDate", () => {
  it.each(["Someday 1", "Yes 2020 GMT", "Mon 1", "Hello world GMT", "Mon, 16 Dec 2019 23:48 GMT"])(
    "keeps %j away from Date.parse's guessing",
    (text) => {
      expect(parseHttpDate(text)).toBeUndefined();
    },
  );
});
