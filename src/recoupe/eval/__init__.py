"""Quality measurement against gold data (attribution, linking): functions returning result objects with a text rendering."""
