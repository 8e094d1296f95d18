package org.fordra.notices;

public enum NoticeChannel {
  EMAIL,
  LETTER
}
