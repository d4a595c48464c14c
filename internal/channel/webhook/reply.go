package webhook

import (
	"encoding/json"
	"errors"
	"time"
)

// ReplyPayload is the JSON body POSTed for a `message.reply` event: a
// patient replied to a message. Ids only: the portal reads the reply with
// GET /v1/replies/{id} and its API key.
type ReplyPayload struct {
	Type      string    `json:"type"` // "message.reply"
	Timestamp string    `json:"timestamp"`
	Data      ReplyData `json:"data"`
}

// ReplyData names the reply, the message it answers and its thread.
type ReplyData struct {
	ReplyID   string `json:"reply_id"`
	MessageID string `json:"message_id"`
	ThreadID  string `json:"thread_id"`
	At        string `json:"at"`
}

// ReplyEvent returns the payload of a reply event. Post it with
// ReplyEventID(replyID) as msgID so retries keep one webhook-id.
func ReplyEvent(replyID, messageID, threadID string, at time.Time) ([]byte, error) {
	if replyID == "" || messageID == "" || threadID == "" {
		return nil, errors.New("webhook: reply event needs reply, message and thread ids")
	}
	if at.IsZero() {
		return nil, errors.New("webhook: reply event needs a time")
	}
	ts := at.UTC().Format(time.RFC3339)
	return json.Marshal(ReplyPayload{Type: "message.reply", Timestamp: ts,
		Data: ReplyData{ReplyID: replyID, MessageID: messageID, ThreadID: threadID, At: ts}})
}

// ReplyEventID is the webhook-id of a reply's event.
func ReplyEventID(replyID string) string { return replyID + ".reply" }
