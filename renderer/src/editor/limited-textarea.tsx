// Renderer: a plain textarea whose limit (from the answer schema) refuses an oversized paste with a sentence,
// instead of the browser's silent cut at maxLength; the previous text stays.
import { useState, type TextareaHTMLAttributes } from 'react';
import { limitRefusal } from './text-limit';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'maxLength' | 'value'> & {
  value: string;
  maxLength: number;
  onText(text: string): void;
  /** Reported for the session log after an accepted paste. */
  onPasted?(chars: number): void;
};

export function LimitedTextarea({ value, maxLength, onText, onPasted, ...rest }: Props) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const messageId = `${rest.id ?? 'text'}-limit`;
  return (
    <>
      <textarea
        {...rest}
        value={value}
        aria-describedby={[rest['aria-describedby'], refusal ? messageId : null].filter(Boolean).join(' ') || undefined}
        onPaste={(e) => {
          const pasted = e.clipboardData.getData('text').length;
          const t = e.currentTarget;
          const message = limitRefusal(value.length - (t.selectionEnd - t.selectionStart), pasted, maxLength);
          if (message) {
            e.preventDefault();
            setRefusal(message);
          } else onPasted?.(pasted);
        }}
        onChange={(e) => {
          const text = e.target.value;
          if (text.length > maxLength) {
            setRefusal(limitRefusal(value.length, text.length - value.length, maxLength));
            return;
          }
          setRefusal(null);
          onText(text);
        }}
      />
      {refusal && (
        <p id={messageId} className="editor-limit banner warning small-text" role="alert" data-testid="editor-limit-message">
          {refusal}
        </p>
      )}
    </>
  );
}
