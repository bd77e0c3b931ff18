// src/core/day.ts
var DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
var MS_PER_DAY = 864e5;
function parseDay(text) {
  const m = DAY_RE.exec(text);
  if (!m) return void 0;
  const date = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? void 0 : text;
}
var dayOfEpoch = /* @__PURE__ */ new Map();
var epochOfDay = /* @__PURE__ */ new Map();
function epochToDay(epochDay) {
  let day = dayOfEpoch.get(epochDay);
  if (day === void 0) {
    day = new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
    dayOfEpoch.set(epochDay, day);
  }
  return day;
}
function dayFromUnix(seconds) {
  return epochToDay(Math.floor(seconds / 86400));
}
function dayFromDate(date) {
  return date.toISOString().slice(0, 10);
}
function monthOf(day) {
  return day.slice(0, 7);
}
function daysBetween(a, b) {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / MS_PER_DAY);
}
function addDays(day, n) {
  let epoch = epochOfDay.get(day);
  if (epoch === void 0) {
    epoch = Math.round(Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY);
    epochOfDay.set(day, epoch);
  }
  return epochToDay(epoch + n);
}
function lastDayOfMonth(month) {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
export {
  addDays,
  dayFromDate,
  dayFromUnix,
  daysBetween,
  lastDayOfMonth,
  monthOf,
  parseDay
};
